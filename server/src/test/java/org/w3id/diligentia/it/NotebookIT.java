package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.diligentia.support.ServerProcess;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The notebooks ({@code notebooks/consensus.ipynb}, {@code notebooks/regional-practice.ipynb}) executed headless, as CI and a reader run it: {@code jupyter
 * nbconvert --execute} from Debian's packages, with Debian's Python (pandas, matplotlib,
 * SPARQLWrapper), against {@code ./diligentia serve} on the shipped data, its URL in
 * {@code DILIGENTIA_URL}. Any failing cell fails nbconvert, hence the test; the executed notebook is
 * kept in {@code server/target/notebooks/} and must hold its charts and its final check.
 * {@code regional-practice.ipynb} works through the research question: regional practice over time,
 * diffusion by route, representativeness by UN regional group, and a what-if.
 */
class NotebookIT {
    private static final Path NOTEBOOKS = TestHome.home().resolve("notebooks");
    private static final Path OUT = TestHome.home().resolve("server/target/notebooks");
    /** Debian's interpreter: the one with the notebook's packages (a pyenv python3 may come first on PATH). */
    private static final String PYTHON = "/usr/bin/python3";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "consensus.ipynb | 3 | The African Union first reached consensus on dd-binding on 2024-02-18",
            "regional-practice.ipynb | 2 | The African Union first reached consensus on dd-binding on 2024-02-18"})
    void theNotebookRunsEveryCellAgainstALiveServer(String notebook, int charts, String finding) throws Exception {
        ProcessBuilder probe = new ProcessBuilder(PYTHON, "-c", "import nbconvert, ipykernel, pandas, matplotlib, SPARQLWrapper")
                .redirectErrorStream(true);
        Process check = probe.start();
        String missing = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (check.waitFor() != 0)
            fail("The notebook needs Debian's jupyter-nbconvert, python3-ipykernel, python3-pandas, python3-matplotlib and "
                    + "python3-sparqlwrapper (.ci/run installs them):\n" + missing);
        Files.createDirectories(OUT);
        Path store = Files.createTempDirectory("notebook-it");
        try (ServerProcess server = ServerProcess.serve(List.of("--store", store.resolve("store").toString()))) {
            List<String> command = new ArrayList<>(List.of(PYTHON, "-Xfrozen_modules=off", "-m", "nbconvert", "--to", "notebook",
                    "--execute", NOTEBOOKS.resolve(notebook).toString(), "--output-dir", OUT.toString(), "--ExecutePreprocessor.timeout=180"));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(TestHome.home().toFile());
            pb.environment().put("DILIGENTIA_URL", server.url(""));
            pb.environment().put("PATH", "/usr/bin:/bin");
            pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
            pb.environment().remove("MPLBACKEND");
            pb.environment().remove("PYTHONPATH");
            pb.environment().remove("PYTHONHOME");
            long started = System.nanoTime();
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the notebook did not finish within 300 s:\n" + out);
            }
            assertEquals(0, p.exitValue(), "a cell failed:\n" + out);

            JsonNode nb = new ObjectMapper().readTree(OUT.resolve(notebook).toFile());
            int images = 0;
            int errors = 0;
            StringBuilder text = new StringBuilder();
            int markdown = 0;
            for (JsonNode cell : nb.get("cells")) {
                if (cell.get("cell_type").asText().equals("markdown"))
                    markdown++;
                for (JsonNode output : cell.path("outputs")) {
                    if (output.get("output_type").asText().equals("error"))
                        errors++;
                    if (output.path("data").has("image/png"))
                        images++;
                    output.path("text").forEach(line -> text.append(line.asText()));
                }
            }
            assertEquals(0, errors, text.toString());
            assertTrue(images >= charts, "the notebook's charts are drawn: " + images);
            assertTrue(markdown >= 5, "markdown cells explain the question");
            assertTrue(text.toString().contains("NOTEBOOK-OK"), text.toString());
            assertTrue(text.toString().contains(finding), text.toString());
            System.out.println("Notebook executed in " + (System.nanoTime() - started) / 1_000_000 + " ms; output in " + OUT);
        }
    }
}
