package no.samspill.domain;

/**
 * One line of a search in the code lists: the unit to pick, the name of its fylke (and of its
 * kommune for a bydel), and the number typed when it was an old one that became this.
 */
public record AreaMatch(Area area, String county, String parent, String formerCode) {

    /** The name to store for the coordinator's unit: a bydel is "Bydel Alna". */
    public String unitName() {
        return area.isDistrict() ? "Bydel " + area.name() : area.name();
    }
}
