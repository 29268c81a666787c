package dev.meridian.compliance.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermScreenerTest {

    private final TermScreener screener = new TermScreener(List.of("Nestlé", "Champagne", "Coca Cola"));

    private List<TermMatch> screen(String locale, String title) {
        return screener.screen(Map.of("title", Map.of(locale, title)));
    }

    @Test
    void finds_a_term_whatever_its_case() {
        assertThat(screen("en", "Chocolate by NESTLÉ")).extracting(TermMatch::term).containsExactly("Nestlé");
    }

    @Test
    void finds_a_term_written_without_its_accent() {
        assertThat(screen("de", "Schokolade von nestle")).extracting(TermMatch::term).containsExactly("Nestlé");
    }

    @Test
    void finds_an_accented_spelling_of_a_term_entered_without_accent() {
        assertThat(screen("fr", "Cuvée CHAMPÂGNE rosé")).extracting(TermMatch::term).containsExactly("Champagne");
    }

    @Test
    void does_not_find_a_term_inside_another_word() {
        assertThat(screen("en", "Champagnerfarbe dress, nestles neatly")).isEmpty();
    }

    @Test
    void finds_a_term_next_to_punctuation() {
        assertThat(screen("en", "(champagne)-coloured")).extracting(TermMatch::term).containsExactly("Champagne");
    }

    @Test
    void finds_a_multi_word_term_across_other_separators() {
        assertThat(screen("es", "Botella coca-cola")).extracting(TermMatch::term).containsExactly("Coca Cola");
    }

    @Test
    void finds_a_term_with_invisible_characters_hidden_inside_it() {
        assertThat(screen("en", "Chocolate by Nes\u200Btl\u00ADe\u2060")).extracting(TermMatch::term)
                .containsExactly("Nestlé");
    }

    @Test
    void a_one_letter_term_padded_with_invisible_characters_holds_nothing() {
        TermScreener padded = new TermScreener(List.of("\u200Ba\u200B"));

        assertThat(padded.screen(Map.of("title", Map.of("en", "A scarf in a box")))).isEmpty();
    }

    @Test
    void reports_the_field_and_locale_of_each_match() {
        List<TermMatch> matches = screener.screen(Map.of(
                "title", Map.of("en", "Plain shirt"),
                "description", Map.of("en", "plain", "fr", "couleur champagne")));

        assertThat(matches).containsExactly(new TermMatch("Champagne", "description", "fr"));
    }
}
