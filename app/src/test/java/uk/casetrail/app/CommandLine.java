package uk.casetrail.app;

/** Lets tests run the application's command-line commands without exiting the JVM. */
public final class CommandLine {

    private CommandLine() {
    }

    public static int rebuild(String... args) throws InterruptedException {
        return CasetrailApplication.rebuild(args);
    }

    public static int verify(String... args) {
        return CasetrailApplication.verify(args);
    }

    public static int generate(String... args) throws Exception {
        return CasetrailApplication.generate(args);
    }

    public static int bench(String... args) throws Exception {
        return CasetrailApplication.bench(args);
    }
}
