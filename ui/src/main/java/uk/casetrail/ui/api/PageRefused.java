package uk.casetrail.ui.api;

/** The API refused what a page needs (403, 404, 400, 503): the page shows that refusal instead. */
public final class PageRefused extends RuntimeException {

    private final transient ApiAnswer answer;

    PageRefused(ApiAnswer answer) {
        super(answer.detail(), null, false, false);
        this.answer = answer;
    }

    public int status() {
        return answer.status();
    }
}
