package dev.meridian.catalog.api.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class HttpCachingTest {

    private final ObjectMapper json = new ObjectMapper();

    private Response page(String ifNoneMatch) {
        return HttpCaching.cacheable(json, "{\"n\":1}", ifNoneMatch, "de", "application/json");
    }

    @Test
    void a_page_carries_a_strong_etag_cache_control_and_its_language() {
        Response ok = page(null);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getHeaderString("ETag")).startsWith("\"").endsWith("\"");
        assertThat(ok.getHeaderString("Cache-Control")).isEqualTo(HttpCaching.CACHE_CONTROL);
        assertThat(ok.getHeaderString("Content-Language")).isEqualTo("de");
    }

    @Test
    void if_none_match_with_the_etag_is_answered_304_without_body_but_with_cache_control() {
        String etag = page(null).getHeaderString("ETag");
        Response notModified = page(etag);
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getEntity()).isNull();
        assertThat(notModified.getHeaderString("Cache-Control")).contains("max-age");
    }

    @Test
    void another_body_has_another_etag() {
        Response other = HttpCaching.cacheable(json, "{\"n\":2}", page(null).getHeaderString("ETag"), null,
                "application/json");
        assertThat(other.getStatus()).isEqualTo(200);
    }
}
