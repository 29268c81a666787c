package dev.meridian.fulfillment.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Endpoints are denied unless annotated (platform default quarkus.security.jaxrs.deny-unannotated-endpoints), and a
 * class-level annotation is easy to miss when a method is added: every resource method says who may call it.
 */
class SecurityAnnotationsTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);
    private static final List<Class<? extends Annotation>> SECURITY =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class, Authenticated.class);

    @Test
    void every_resource_method_carries_its_own_security_annotation() {
        List<JavaMethod> endpoints = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.meridian.fulfillment.api").stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith))
                .toList();

        assertThat(endpoints).hasSizeGreaterThan(20);
        assertThat(endpoints.stream().filter(m -> SECURITY.stream().noneMatch(m::isAnnotatedWith))
                .map(JavaMethod::getFullName)).isEmpty();
    }
}
