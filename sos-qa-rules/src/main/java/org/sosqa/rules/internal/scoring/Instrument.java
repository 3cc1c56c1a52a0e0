package org.sosqa.rules.internal.scoring;

import java.util.List;
import java.util.Optional;
import org.sosqa.rules.Grade;

/**
 * An audit instrument: domains of practice with weighted criteria, a rating scale and grade boundaries.
 * Loaded from data ({@code instrument.json}) so an organisation can replace it.
 *
 * @param id the instrument's id
 * @param version its version
 * @param title its title
 * @param notice what it is and is not, for the report's reader
 * @param ratingScale how a share of checks met becomes a rating
 * @param grades the grade boundaries on the 0-10 overall score
 * @param domains the domains, in order
 */
public record Instrument(
        String id,
        String version,
        String title,
        String notice,
        RatingScale ratingScale,
        List<GradeBoundary> grades,
        List<Domain> domains) {

    public Instrument {
        grades = grades == null ? List.of() : List.copyOf(grades);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    /** The criterion with an id, if the instrument has one. */
    public Optional<Criterion> criterion(String criterionId) {
        return domains.stream().flatMap(d -> d.criteria().stream())
                .filter(c -> c.id().equals(criterionId)).findFirst();
    }

    /**
     * The rating scale.
     *
     * @param min the lowest rating
     * @param max the highest rating
     * @param labels the label of each rating from min to max
     * @param fromProportion the rating given for a share of checks met: the first entry whose
     *     {@code atLeast} the share reaches, in order
     */
    public record RatingScale(int min, int max, List<String> labels, List<Step> fromProportion) {
        public RatingScale {
            labels = labels == null ? List.of() : List.copyOf(labels);
            fromProportion = fromProportion == null ? List.of() : List.copyOf(fromProportion);
        }

        /** One step of the scale. @param rating the rating @param atLeast the share of checks met it needs */
        public record Step(int rating, double atLeast) {
        }
    }

    /** A grade and the lowest overall score that earns it. @param grade the grade @param minScore the boundary */
    public record GradeBoundary(Grade grade, double minScore) {
    }

    /**
     * A domain of practice.
     *
     * @param id its id
     * @param title its title
     * @param weight its weight in the overall score
     * @param criteria its criteria
     */
    public record Domain(String id, String title, double weight, List<Criterion> criteria) {
        public Domain {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }

    /**
     * A criterion.
     *
     * @param id its id, which rules name in their {@code @criterion} metadata
     * @param title what good looks like
     * @param weight its weight within the domain
     * @param source the practice guidance it comes from
     */
    public record Criterion(String id, String title, double weight, String source) {
    }
}
