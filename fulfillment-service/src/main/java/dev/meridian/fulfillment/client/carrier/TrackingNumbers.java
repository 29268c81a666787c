package dev.meridian.fulfillment.client.carrier;

import java.util.random.RandomGenerator;

/** Tracking numbers in the formats real carriers use, so storage, search and UIs are exercised realistically. */
public final class TrackingNumbers {

    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};
    private static final String ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private TrackingNumbers() {
    }

    /** UPU S10 (postal services): 2 letters, 8 digits, a mod-11 check digit, the origin country: LX123456785DE. */
    public static String s10(String serviceIndicator, String originCountry, RandomGenerator random) {
        int serial = random.nextInt(100_000_000);
        String digits = String.format("%08d", serial);
        return serviceIndicator + digits + s10CheckDigit(digits) + originCountry;
    }

    public static int s10CheckDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * S10_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }

    public static boolean isValidS10(String number) {
        return number.matches("[A-Z]{2}\\d{9}[A-Z]{2}")
                && s10CheckDigit(number.substring(2, 10)) == number.charAt(10) - '0';
    }

    /** Express-style: "1Z" + 16 alphanumerics, like the integrators' numbers. */
    public static String express(RandomGenerator random) {
        StringBuilder out = new StringBuilder("1Z");
        for (int i = 0; i < 16; i++) {
            out.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return out.toString();
    }
}
