package no.samspill.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The nynorsk texts are nynorsk, not bokmål with a new name: no text uses a form that Nynorskordboka
 * does not have, from a list of the bokmål forms that most often slip into nynorsk (each with the
 * form the dictionary gives), and most texts differ from their bokmål counterpart.
 */
class NynorskFormsTest {

    /** Bokmål form → the nynorsk form the official dictionary gives for it. */
    private static final Map<String, String> BOKMAL_ONLY = Map.ofEntries(
            Map.entry("ikke", "ikkje"), Map.entry("hva", "kva"), Map.entry("hvordan", "korleis"),
            Map.entry("hvem", "kven"), Map.entry("hvor", "kvar"), Map.entry("hvis", "viss"),
            Map.entry("hvilke", "kva for"), Map.entry("hvilken", "kva for"), Map.entry("noe", "noko"),
            Map.entry("noen", "nokon"), Map.entry("bare", "berre"), Map.entry("fra", "frå"),
            Map.entry("jeg", "eg"), Map.entry("mye", "mykje"), Map.entry("også", "òg"),
            Map.entry("ble", "vart/blei"), Map.entry("hver", "kvar"), Map.entry("hvert", "kvart"),
            Map.entry("uten", "utan"), Map.entry("mangler", "manglar"),
            Map.entry("finnes", "finst"), Map.entry("dataene", "dataa"), Map.entry("opplysningene", "opplysningane"),
            Map.entry("lagret", "lagra"), Map.entry("slettet", "sletta"), Map.entry("endret", "endra"),
            Map.entry("måneder", "månader"), Map.entry("uker", "veker"), Map.entry("navn", "namn"),
            Map.entry("hendelse", "hending"), Map.entry("hendelser", "hendingar"), Map.entry("mistet", "mista"),
            Map.entry("sikkerhetskopi", "tryggingskopi"), Map.entry("gjenopprettes", "gjenopprettast"),
            Map.entry("kandidatene", "kandidatane"), Map.entry("stillinger", "stillingar"),
            Map.entry("innstillinger", "innstillingar"), Map.entry("arbeidssteder", "arbeidsstader"),
            Map.entry("videre", "vidare"),
            Map.entry("sammen", "saman"), Map.entry("deres", "deira"),
            Map.entry("hjem", "heim"), Map.entry("gjøre", "gjere"),
            Map.entry("være", "vere"), Map.entry("vært", "vore"), Map.entry("annen", "annan"));

    @Test
    void noTextUsesABokmalOnlyForm() throws IOException {
        Properties nn = load("messages_nn.properties");
        List<String> found = new ArrayList<>();
        for (String key : nn.stringPropertyNames()) {
            for (String word : nn.getProperty(key).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                String nynorsk = BOKMAL_ONLY.get(word);
                if (nynorsk != null) {
                    found.add(key + ": «" + word + "», nynorsk «" + nynorsk + "»");
                }
            }
        }
        assertEquals(List.of(), found.stream().sorted().toList());
    }

    @Test
    void mostTextsDifferFromBokmal() throws IOException {
        Properties nn = load("messages_nn.properties");
        Properties nb = load("messages_nb.properties");
        long wordy = nn.stringPropertyNames().stream().filter(k -> nn.getProperty(k).split(" ").length >= 6).count();
        long differ = nn.stringPropertyNames().stream()
                .filter(k -> nn.getProperty(k).split(" ").length >= 6 && !nn.getProperty(k).equals(nb.getProperty(k))).count();
        // A sentence of six words or more is almost never written alike in the two forms.
        assertTrue(differ >= wordy * 0.9, differ + " of " + wordy + " sentences differ from bokmål");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NynorskFormsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
