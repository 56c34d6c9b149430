package uk.casetrail.app.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The synthetic authority's practitioners: two teams, North and South, each with a manager and
 * social workers. The demo users alice (North), carol (South) and bob (North's manager) are among
 * them, so that a demo sign-in sees a realistic caseload.
 */
record Staff(List<Worker> workers) {

    record Worker(String user, String role, String team) {
    }

    static Staff of(int workersPerTeam) {
        List<Worker> workers = new ArrayList<>();
        for (String team : List.of("North", "South")) {
            workers.add(new Worker(team.equals("North") ? "alice" : "carol", "SOCIAL_WORKER", team));
            for (int i = 2; i <= workersPerTeam; i++) {
                workers.add(new Worker(String.format(Locale.ROOT, "sw-%s-%02d", team.toLowerCase(Locale.ROOT), i), "SOCIAL_WORKER", team));
            }
        }
        return new Staff(List.copyOf(workers));
    }

    Worker pick(Random random) {
        return workers.get(random.nextInt(workers.size()));
    }

    Worker inTeam(String team, Random random) {
        List<Worker> members = workers.stream().filter(w -> w.team().equals(team)).toList();
        return members.get(random.nextInt(members.size()));
    }

    Worker managerOf(String team) {
        return new Worker(team.equals("North") ? "bob" : "tm-south", "TEAM_MANAGER", team);
    }
}
