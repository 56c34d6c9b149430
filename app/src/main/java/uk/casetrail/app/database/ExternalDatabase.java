package uk.casetrail.app.database;

import org.springframework.core.env.Environment;

/** Whether the operator named a PostgreSQL server (SPRING_DATASOURCE_URL or spring.datasource.url). */
final class ExternalDatabase {

    private ExternalDatabase() {
    }

    static boolean isConfigured(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url != null && !url.isBlank();
    }
}
