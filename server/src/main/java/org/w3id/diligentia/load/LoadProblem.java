package org.w3id.diligentia.load;

/**
 * One thing wrong with the sources, in plain words: a syntax error (file, line, column), a SHACL
 * violation (file, focus node, path, shape), a failed check query (check name, focus node), or a
 * file that cannot be read.
 */
public record LoadProblem(Kind kind, String file, long line, long column, String focus, String path,
                          String shape, String message) {

    public enum Kind { PARSE, SHAPE, CHECK, IO }

    public static LoadProblem parse(String file, long line, long column, String message) {
        return new LoadProblem(Kind.PARSE, file, line, column, "", "", "", message);
    }

    public static LoadProblem shape(String file, String focus, String path, String shape, String message) {
        return new LoadProblem(Kind.SHAPE, file, -1, -1, focus, path, shape, message);
    }

    public static LoadProblem check(String check, String focus, String message) {
        return new LoadProblem(Kind.CHECK, "", -1, -1, focus, "", check, message);
    }

    public static LoadProblem io(String file, String message) {
        return new LoadProblem(Kind.IO, file, -1, -1, "", "", "", message);
    }

    /** One line for people: where, what. */
    public String describe() {
        return switch (kind) {
            case PARSE -> file + ":" + line + ":" + column + ": syntax error: " + message;
            case SHAPE -> (file.isEmpty() ? "" : file + ": ") + "<" + focus + ">"
                    + (path.isEmpty() ? "" : " " + path) + " violates " + shape + ": " + message;
            case CHECK -> "check " + shape + ": <" + focus + ">: " + message;
            case IO -> file + ": " + message;
        };
    }
}
