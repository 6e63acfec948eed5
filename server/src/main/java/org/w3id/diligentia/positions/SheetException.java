package org.w3id.diligentia.positions;

import java.util.List;

/** The sheet was refused: every problem found, in file order. Nothing was written. */
public final class SheetException extends RuntimeException {
    private final List<SheetProblem> problems;

    public SheetException(List<SheetProblem> problems) {
        super(problems.size() + " problem(s) in the positions sheet; nothing was written");
        this.problems = List.copyOf(problems);
    }

    public List<SheetProblem> problems() {
        return problems;
    }
}
