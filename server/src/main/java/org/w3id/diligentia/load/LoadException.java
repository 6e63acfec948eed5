package org.w3id.diligentia.load;

import java.util.List;

/**
 * The sources were refused: every problem found is listed. Thrown inside the store's write
 * transaction, so the store keeps exactly what it held before.
 */
public final class LoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<LoadProblem> problems;

    public LoadException(String stage, List<LoadProblem> problems) {
        super(stage + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + (problems.isEmpty() ? "" : "; first: " + problems.get(0).describe()));
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
