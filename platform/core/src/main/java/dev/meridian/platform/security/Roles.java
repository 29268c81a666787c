package dev.meridian.platform.security;

/** Realm roles of the Keycloak realm {@code meridian}; see deploy/keycloak/meridian-realm.json. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String MERCHANT_ADMIN = "merchant-admin";
    public static final String CATALOG_EDITOR = "catalog-editor";
    public static final String ORDER_MANAGER = "order-manager";
    public static final String COMPLIANCE_OFFICER = "compliance-officer";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
