package org.sosqa.core.survey;

/** How an item is answered. The JSON spelling is {@link #json()}. */
public enum ResponseType {
    /** Strongly disagree (1) to strongly agree (5). */
    LIKERT_5("likert-5", 1, 5),
    /** A whole number from 0 to 10, as a Signs of Safety scale (domain.md §1.3, safety scale). */
    SCALE_0_10("scale-0-10", 0, 10),
    /** Yes or no, written {@code true} or {@code false}. */
    YES_NO("yes-no", 0, 1),
    /** Words; kept, counted, never scored, logged or reported. */
    FREE_TEXT("free-text", 0, 0);

    private final String json;
    private final int min;
    private final int max;

    ResponseType(String json, int min, int max) {
        this.json = json;
        this.min = min;
        this.max = max;
    }

    /** The spelling in instrument files ({@code likert-5}, {@code scale-0-10}, {@code yes-no}, {@code free-text}). */
    public String json() {
        return json;
    }

    /** The lowest rating (yes-no: 0 for no). */
    public int min() {
        return min;
    }

    /** The highest rating (yes-no: 1 for yes). */
    public int max() {
        return max;
    }

    /** The type spelled {@code json}, or null. */
    public static ResponseType fromJson(String json) {
        for (ResponseType t : values()) {
            if (t.json.equals(json)) {
                return t;
            }
        }
        return null;
    }
}
