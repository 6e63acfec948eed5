package org.w3id.diligentia.positions;

/** A bad value of a positions sheet: the file, the line its row starts on, the column (or null for the whole row), and why. */
public record SheetProblem(String file, int line, String column, String message) {
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + (column == null ? "" : ": column '" + column + "'") + ": " + message;
    }
}
