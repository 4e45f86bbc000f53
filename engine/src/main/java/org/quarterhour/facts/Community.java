package org.quarterhour.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.quarterhour.geo.Distances;
import org.quarterhour.geo.Distances.Spot;
import org.quarterhour.geo.LatLon;
import org.quarterhour.inventory.Compound;
import org.quarterhour.inventory.Facility;
import org.quarterhour.inventory.Gate;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.Vocabulary;

/**
 * The one fact a pack's rules start from: the community with every reach already worked out in Java.
 * Rules ask it questions the way the sheet does — {@code coverage(1200, "convenience_store")} is "which compounds
 * have a 便利店 within 1.2 km" — and turn the answers into {@link Award}s. Immutable.
 */
public final class Community {
    private final Inventory inventory;
    /** Facilities added by {@link #plus} (services only: they change reaches and counts, nothing else). */
    private final List<Facility> added;
    private final Vocabulary vocabulary;
    private final int radiusM;
    private final List<Site> sites;
    /** The compounds' weights summed, in order: the whole every coverage is a share of. */
    private final BigDecimal totalWeight;

    private Community(Inventory inventory, List<Facility> added, Vocabulary vocabulary, int radiusM, List<Site> sites) {
        this.inventory = inventory;
        this.added = added;
        this.vocabulary = vocabulary;
        this.radiusM = radiusM;
        this.sites = List.copyOf(sites);
        BigDecimal total = BigDecimal.ZERO;
        for (Site site : sites) {
            total = total.add(site.weight());
        }
        this.totalWeight = total;
    }

    /** Works out, for every compound, the nearest facility of each type. */
    public static Community of(Inventory inventory, Vocabulary vocabulary, int radiusM, BigDecimal detourFactor) {
        List<Facility> facilities = inventory.facilities();
        Spot[] facilitySpots = spots(facilities, Facility::at);
        // every gate id numbered, so each facility's measured walks are looked up once, not once per gate;
        // slots[n] is the number of the id of the n-th gate counted across compounds
        Map<String, Integer> gateNumbers = new HashMap<>();
        int[] slots = inventory.compounds().stream().flatMap(c -> c.gates().stream())
                .mapToInt(g -> gateNumbers.computeIfAbsent(g.id(), id -> gateNumbers.size())).toArray();
        BigDecimal[][] measured = new BigDecimal[facilitySpots.length][];
        for (int f = 0; f < measured.length; f++) {
            Map<String, BigDecimal> walks = facilities.get(f).walkM();
            if (!walks.isEmpty()) {
                BigDecimal[] byGate = new BigDecimal[gateNumbers.size()];
                for (Map.Entry<String, BigDecimal> walk : walks.entrySet()) {
                    Integer n = gateNumbers.get(walk.getKey());
                    if (n != null) {
                        byGate[n] = walk.getValue();
                    }
                }
                measured[f] = byGate;
            }
        }
        double detour = detourFactor.doubleValue();
        boolean weighted = inventory.weightedByHouseholds();
        List<Site> sites = new ArrayList<>();
        int firstGate = 0;
        for (Compound compound : inventory.compounds()) {
            List<Gate> gates = compound.gates();
            Spot[] gateSpots = spots(gates, Gate::at);
            Map<String, Reach> nearest = new HashMap<>(facilities.size() * 4 / 3 + 1); // never resized
            SortedMap<String, List<String>> unplaced = new TreeMap<>();
            for (int f = 0; f < facilitySpots.length; f++) {
                Facility facility = facilities.get(f);
                Reach reach = reach(compound, facility, gateSpots, slots, firstGate, measured[f], facilitySpots[f], detour);
                if (reach == null) {
                    unplaced.computeIfAbsent(facility.type(), t -> new ArrayList<>()).add(facility.id());
                } else {
                    nearest.merge(facility.type(), reach, (a, b) -> b.nearerThan(a) ? b : a);
                }
            }
            BigDecimal weight = weighted ? BigDecimal.valueOf(compound.households()) : BigDecimal.ONE;
            sites.add(new Site(compound.id(), compound.label(), weight, nearest, unplaced));
            firstGate += gates.size();
        }
        return new Community(inventory, List.of(), vocabulary, radiusM, sites);
    }

    /** Each place readied for distances, in order; null where it has no coordinates. */
    private static <T> Spot[] spots(List<T> places, Function<T, LatLon> at) {
        Spot[] spots = new Spot[places.size()];
        for (int i = 0; i < spots.length; i++) {
            LatLon point = at.apply(places.get(i));
            spots[i] = point == null ? null : Spot.of(point);
        }
        return spots;
    }

    /**
     * This community with more facilities that have no place of their own ({@code serves} only, no coordinates, no
     * walks): every answer a rule can get is the one {@link #of} gives on the inventory with them added, without
     * working out any geometry again. The planner's what-ifs are built this way; as only their points are read, the
     * additions are not listed among a compound's facilities without a distance (which only reasons mention).
     */
    public Community plus(List<Facility> services) {
        List<Facility> more = new ArrayList<>(added);
        for (Facility f : services) {
            if (f.at() != null || !f.walkM().isEmpty()) {
                throw new IllegalArgumentException("facility " + f.id() + " has a place; only services can be added this way");
            }
            more.add(f);
        }
        if (services.isEmpty()) {
            return this;
        }
        List<Site> changed = new ArrayList<>(sites.size());
        for (Site site : sites) {
            Map<String, Reach> nearest = null;
            for (Facility facility : services) {
                if (serves(facility, site.compound())) {
                    if (nearest == null) {
                        nearest = new HashMap<>(site.nearestByType());
                    }
                    nearest.merge(facility.type(), serving(site.compound(), facility), (a, b) -> b.nearerThan(a) ? b : a);
                }
            }
            changed.add(nearest == null ? site
                    : new Site(site.compound(), site.label(), site.weight(), nearest, site.unplacedByType()));
        }
        return new Community(inventory, List.copyOf(more), vocabulary, radiusM, changed);
    }

    private static boolean serves(Facility facility, String compound) {
        return facility.servesAll() || facility.serves().contains(compound);
    }

    /** A facility that comes to the compound's door: 0 m, from no gate. */
    private static Reach serving(String compound, Facility facility) {
        return new Reach(compound, facility.id(), facility.label(), facility.type(), null, BigDecimal.ZERO, false, true);
    }

    /**
     * The facility's nearest way to the compound, or null where no gate has a distance to it. {@code gateSpots} are
     * the compound's gates in order (null where a gate has no coordinates); {@code measured} the facility's walks by
     * gate id number (null where it has none), {@code slots} that number for each gate, the compound's from
     * {@code firstGate} on; {@code facilitySpot} the facility's place.
     */
    private static Reach reach(Compound compound, Facility facility, Spot[] gateSpots, int[] slots, int firstGate,
            BigDecimal[] measured, Spot facilitySpot, double detour) {
        if (serves(facility, compound.id())) {
            return serving(compound.id(), facility);
        }
        // the nearest gate: measured walks as given, estimates in tenths of a metre; ties go to measured, then gate order
        List<Gate> gates = compound.gates();
        int bestGate = -1; // none yet
        boolean bestEstimated = false;
        BigDecimal bestWalk = null; // where the best so far is measured, its walk
        long bestTenths = 0; // where it is an estimate, its tenths: a BigDecimal is made only for the one that wins
        for (int g = 0; g < gateSpots.length; g++) {
            BigDecimal walk = measured == null ? null : measured[slots[firstGate + g]];
            if (walk != null) {
                int c = bestGate < 0 ? -1 : walk.compareTo(bestEstimated ? BigDecimal.valueOf(bestTenths, 1) : bestWalk);
                if (c < 0 || (c == 0 && bestEstimated)) {
                    bestWalk = walk;
                    bestGate = g;
                    bestEstimated = false;
                }
            } else if (facilitySpot != null && gateSpots[g] != null) {
                long tenths = Distances.estimatedWalkTenths(gateSpots[g], facilitySpot, detour);
                boolean nearer = bestGate < 0 || (bestEstimated ? tenths < bestTenths
                        : BigDecimal.valueOf(tenths, 1).compareTo(bestWalk) < 0);
                if (nearer) {
                    bestTenths = tenths;
                    bestGate = g;
                    bestEstimated = true;
                }
            }
        }
        if (bestGate < 0) {
            return null;
        }
        BigDecimal distance = bestEstimated ? BigDecimal.valueOf(bestTenths, 1) : bestWalk;
        return new Reach(compound.id(), facility.id(), facility.label(), facility.type(), gates.get(bestGate).id(), distance,
                bestEstimated, false);
    }

    public String id() {
        return inventory.community().id();
    }

    public String name() {
        return inventory.community().name();
    }

    /** True where the inventory marks the community as built under the floor-area rule. */
    public boolean isNewBuild() {
        return Boolean.TRUE.equals(inventory.community().newBuild());
    }

    /** The radius the pack's manifest sets, in metres. */
    public int radiusM() {
        return radiusM;
    }

    /** Which compounds reach a facility of any of these types (or their narrower kinds) within the pack's radius. */
    public Coverage coverage(String... types) {
        return coverage(radiusM, types);
    }

    /**
     * Which compounds reach a facility of any of these types within {@code radiusM} metres (inclusive). A type counts
     * its narrower kinds too (a 缝纫店 is a 洗染缝纫店): {@link #coverageExcept} leaves some out.
     */
    public Coverage coverage(int radiusM, String... types) {
        if (types.length == 0) {
            throw new IllegalArgumentException("coverage needs at least one facility type");
        }
        List<String> codes = List.of(types);
        return coverage(radiusM, codes, vocabulary.withKinds(codes), () -> names(codes));
    }

    /**
     * Which compounds reach a facility of {@code type} within the pack's radius, not counting the narrower kinds named:
     * a 洗染店 is asked as {@code coverageExcept("laundry_tailor", "tailor")}. A facility recorded only as the broad
     * type counts. Each of {@code kinds} must be a kind of {@code type}.
     */
    public Coverage coverageExcept(String type, String... kinds) {
        if (kinds.length == 0) {
            throw new IllegalArgumentException("coverageExcept needs at least one kind to leave out; coverage(\"" + type + "\") asks for all");
        }
        List<String> left = new ArrayList<>();
        for (String kind : kinds) {
            if (!vocabulary.isKindOf(kind, type)) {
                throw new IllegalArgumentException("'" + kind + "' is not a kind of '" + type + "' in the vocabulary");
            }
            left.addAll(vocabulary.withKinds(kind));
        }
        List<String> matched = vocabulary.withKinds(type).stream().filter(t -> !left.contains(t)).toList();
        List<String> asked = List.of(type);
        return coverage(radiusM, asked, matched, () -> vocabulary.nameOf(type) + " but not " + names(List.of(kinds)));
    }

    private Coverage coverage(int radiusM, List<String> asked, List<String> matched, Supplier<String> names) {
        Coverage.Line[] lines = new Coverage.Line[sites.size()];
        for (int i = 0; i < lines.length; i++) {
            Site site = sites.get(i);
            lines[i] = new Coverage.Line(site, site.nearest(matched));
        }
        return new Coverage(radiusM, asked, matched, names, inventory.weightedByHouseholds(), List.of(lines), totalWeight);
    }

    private String names(List<String> codes) {
        if (codes.size() == 1) {
            return vocabulary.nameOf(codes.get(0));
        }
        return String.join("/", codes.stream().map(vocabulary::nameOf).toList());
    }

    /**
     * Yes/no findings the inspector recorded. {@code group} is {@code organization}, {@code service_center}, or
     * {@code service_center.online_services} (a finding is met when the service is listed).
     */
    public Findings findings(String group, String... keys) {
        List<Findings.Finding> found = new ArrayList<>();
        for (String key : keys) {
            found.add(new Findings.Finding(group + "." + key, finding(group, key)));
        }
        return new Findings(group, found);
    }

    private Boolean finding(String group, String key) {
        return switch (group) {
            case "organization" -> inventory.organization().get(key);
            case "service_center" -> inventory.serviceCenterIfAny().map(c -> c.findings().get(key)).orElse(null);
            case "service_center.online_services" -> inventory.serviceCenterIfAny()
                    .map(c -> c.onlineServices().contains(key) ? Boolean.TRUE : null).orElse(null);
            default -> throw new IllegalArgumentException("unknown findings group '" + group
                    + "'; expected organization, service_center or service_center.online_services");
        };
    }

    /**
     * A figure from the inventory: {@code community.building_area_m2}, {@code community.commercial_service_area_m2},
     * {@code community.commercial_service_share} (the second over the first, to four decimals),
     * {@code service_center.area_m2}, {@code households} or {@code compounds}. Absent figures have a null value.
     */
    public Measure measure(String what) {
        var info = inventory.community();
        if (what.equals("community.commercial_service_share")) {
            BigDecimal building = info.buildingAreaM2();
            BigDecimal commercial = info.commercialServiceAreaM2();
            if (building == null || commercial == null || building.signum() == 0) {
                return new Measure(what, null);
            }
            return new Measure(what, commercial.divide(building, 4, RoundingMode.HALF_UP), commercial, building);
        }
        BigDecimal value = switch (what) {
            case "community.building_area_m2" -> info.buildingAreaM2();
            case "community.commercial_service_area_m2" -> info.commercialServiceAreaM2();
            case "service_center.area_m2" -> inventory.serviceCenterIfAny().map(c -> c.areaM2()).orElse(null);
            case "households" -> inventory.weightedByHouseholds()
                    ? BigDecimal.valueOf(inventory.compounds().stream().mapToLong(Compound::households).sum()) : null;
            case "compounds" -> BigDecimal.valueOf(inventory.compounds().size());
            default -> throw new IllegalArgumentException("unknown measure '" + what + "'");
        };
        return new Measure(what, value);
    }

    /** The facilities of a type or its narrower kinds in the inventory, whether or not they reach anyone. */
    public int count(String type) {
        List<String> types = vocabulary.withKinds(type);
        int n = 0;
        for (Facility f : inventory.facilities()) {
            n += types.contains(f.type()) ? 1 : 0;
        }
        for (Facility f : added) {
            n += types.contains(f.type()) ? 1 : 0;
        }
        return n;
    }
}
