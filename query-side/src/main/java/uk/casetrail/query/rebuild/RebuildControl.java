package uk.casetrail.query.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's rebuild of every read model (ADMIN), and its progress while it runs. */
@RestController
class RebuildControl {

    private final ProjectionRebuild rebuild;

    RebuildControl(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/admin/projections/rebuild")
    ResponseEntity<RebuildProgress> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start());
    }

    @ExceptionHandler(RebuildRefused.class)
    ProblemDetail refused(RebuildRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle("Rebuild refused");
        return problem;
    }

    @GetMapping("/api/admin/projections/rebuild")
    RebuildProgress progress() {
        return rebuild.progress();
    }
}
