package dev.meridian.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Deny-by-default (quarkus.security.jaxrs.deny-unannotated-endpoints) closes an endpoint nobody annotated; this makes
 * the intent explicit where it is read: every resource method says who may call it, not only its class.
 */
class EndpointSecurityTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    @Test
    void every_resource_method_declares_who_may_call_it() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.meridian.catalog.api");
        List<String> unannotated = classes.stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith))
                .filter(m -> Stream.of(PermitAll.class, RolesAllowed.class, DenyAll.class).noneMatch(m::isAnnotatedWith))
                .map(JavaMethod::getFullName)
                .toList();
        assertThat(unannotated).isEmpty();
    }

    @Test
    void the_check_sees_the_resources() {
        JavaClasses classes = new ClassFileImporter().importPackages("dev.meridian.catalog.api");
        assertThat(classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith))).hasSizeGreaterThan(15);
    }
}
