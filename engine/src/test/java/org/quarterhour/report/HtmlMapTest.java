package org.quarterhour.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;
import org.quarterhour.cli.Cli;

/**
 * {@code score --format html} writes one page that needs nothing from the network, and a real browser (headless
 * Chromium) draws its map. The screenshot is kept as engine/target/artifacts/map.png.
 */
class HtmlMapTest {
    private static final String EXAMPLE = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString();
    private static final Path ARTIFACTS = Repo.root().resolve("engine/target/artifacts");

    private static String page(Path dir) throws IOException {
        Path html = dir.resolve("map.html");
        Cli cli = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner", "--format", "html", "--out", html.toString());
        assertEquals(0, cli.status(), cli.err());
        return Files.readString(html, StandardCharsets.UTF_8);
    }

    @Test
    void the_page_is_self_contained_and_draws_every_gate_facility_and_radius(@TempDir Path dir) throws IOException {
        String html = page(dir);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("<img") || html.contains("@import"),
                "nothing to fetch or run");
        assertFalse(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").matches("(?s).*(https?:|src=|href=).*"),
                "no address at all but the SVG namespace");
        assertEquals(5, count(html, "class=\"radius\""), "one radius per gate with coordinates (A1, A2, B1, C1, C2)");
        assertEquals(5, count(html, "<g class=\"gate\">"));
        assertEquals(25, count(html, "<g class=\"facility "), "28 facilities, 3 of them without a place (F06, F13, F26)");
        assertEquals(1, count(html, "<g class=\"facility does-not-count\">"), "萌宠之家 (F25) is out of everyone's reach");
        assertTrue(html.contains("Not on the map (no coordinates): 流动早餐车 (F06), serves B, counts"), html);
        assertTrue(html.contains("拟增 农贸市场、综合超市"), "the plan's additions are drawn at 锦绣苑 (C)");
        assertTrue(html.contains("+ 农贸市场 (farmers_market) for C: lifts B03, +1.6 points"));
        assertTrue(html.contains("<td>B01</td><td>便利店</td>"));
        assertEquals(html, page(dir), "the same inventory gives the same page");
    }

    @Test
    void headless_chromium_draws_the_map(@TempDir Path dir) throws Exception {
        page(dir);
        Path png = dir.resolve("map.png");
        Path profile = Files.createDirectory(dir.resolve("profile"));
        List<String> command = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1400,1000",
                "file://" + dir.resolve("map.html").toAbsolutePath()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish in 120 s");
        assertTrue(Files.exists(png), "no screenshot; chromium said:\n" + Files.readString(dir.resolve("chromium.log")));
        Files.createDirectories(ARTIFACTS);
        Files.copy(png, ARTIFACTS.resolve("map.png"), StandardCopyOption.REPLACE_EXISTING);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1400, image.getWidth());
        assertTrue(pixels(image, MapSvg.GATE) > 5 * 100, "the five gates are drawn (14 × 14 px squares)");
        assertTrue(pixels(image, MapSvg.COUNTS) > 20 * 100, "the facilities that count are drawn green");
        assertTrue(pixels(image, MapSvg.DOES_NOT_COUNT) > 100, "萌宠之家 is drawn red");
        assertTrue(pixels(image, "#f7f6f0") > 300_000, "the map's ground fills most of its 1000 × 680 px");
    }

    /** Chromium where .ci/run installs it, or on the PATH; a missing browser fails the test, never skips it. */
    private static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        fail("headless Chromium is needed to check that the map draws, and none was found (/usr/bin/chromium or on the PATH). "
                + "Install it with: sudo apt-get update && sudo apt-get install -y chromium  (CI's .ci/run does this)");
        return null;
    }

    private static int pixels(BufferedImage image, String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
