package dev.meridian.platform.money;

import java.util.Set;

/**
 * The JDK knows every ISO 4217 code it ever saw, including withdrawn currencies (DEM, FRF, HRK since 2023),
 * funds and units of account (CLF, BOV, XDR), precious metals (XAU) and the testing and "no currency" codes
 * (XTS, XXX). None of them is something a shopper can pay in, so Meridian refuses them where it takes money.
 * The lists follow ISO 4217's List One (current) and List Three (historic) as published by SIX.
 */
final class CirculatingCurrencies {

    /** Withdrawn (ISO 4217 List Three) codes the JDK still knows. */
    private static final Set<String> WITHDRAWN = Set.of(
            "ADP", "AFA", "ATS", "AYM", "AZM", "BEF", "BGL", "BYB", "BYR", "CSD", "CUC", "CYP", "DEM", "EEK", "ESP",
            "FIM", "FRF", "GHC", "GRD", "GWP", "HRK", "IEP", "ITL", "LTL", "LUF", "LVL", "MGF", "MRO", "MTL", "MZM",
            "NLG", "PTE", "ROL", "RUR", "SDD", "SIT", "SKK", "SLL", "SRG", "STD", "TMM", "TPE", "TRL", "VEB", "VEF",
            "YUM", "ZMK", "ZWD", "ZWL", "ZWN", "ZWR", "ANG");

    /** Funds and units of account: used for indexing and accounting, not for paying in a shop. */
    private static final Set<String> FUNDS = Set.of(
            "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW");

    /** The X codes that are real circulating currencies; every other X code is a metal, a unit or a test code. */
    private static final Set<String> CIRCULATING_X = Set.of("XAF", "XCD", "XCG", "XOF", "XPF");

    private CirculatingCurrencies() {
    }

    static boolean isCirculating(String code) {
        if (code.startsWith("X")) {
            return CIRCULATING_X.contains(code);
        }
        return !WITHDRAWN.contains(code) && !FUNDS.contains(code);
    }
}
