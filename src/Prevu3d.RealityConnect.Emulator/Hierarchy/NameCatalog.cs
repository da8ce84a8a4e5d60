using System;
using System.Globalization;

namespace Prevu3d.RealityConnect.Emulator.Hierarchy;

/// <summary>Realistic names for an industrial organization's hierarchy, drawn from a seeded <see cref="Random"/>.</summary>
internal static class NameCatalog
{
    private static readonly string[] OrganizationPrefixes =
        ["Boreal", "Meridian", "Northwind", "Cascade", "Summit", "Atlas", "Keystone", "Tidewater", "Ironbridge", "Bluewater"];

    private static readonly string[] OrganizationSuffixes =
        ["Energy", "Process Industries", "Petrochemicals", "Refining", "Industrial Holdings", "Chemicals", "Resources"];

    private static readonly string[] Divisions =
    [
        "North America Operations", "Gulf Coast", "Western Canada", "Europe Downstream", "Nordic Operations",
        "Middle East Upstream", "Asia Pacific", "Latin America", "Midstream and Pipelines", "Specialty Chemicals",
        "Power Generation", "Mining and Metals", "LNG", "Renewables", "Offshore", "Water Utilities",
    ];

    private static readonly (string City, string Country)[] Places =
    [
        ("Baytown", "United States"), ("Sarnia", "Canada"), ("Fort McMurray", "Canada"), ("Rotterdam", "Netherlands"),
        ("Antwerp", "Belgium"), ("Port Arthur", "United States"), ("Lake Charles", "United States"), ("Jurong Island", "Singapore"),
        ("Ulsan", "South Korea"), ("Ras Tanura", "Saudi Arabia"), ("Mongstad", "Norway"), ("Grangemouth", "United Kingdom"),
        ("Ludwigshafen", "Germany"), ("Deer Park", "United States"), ("Edmonton", "Canada"), ("Corpus Christi", "United States"),
        ("Kwinana", "Australia"), ("Yanbu", "Saudi Arabia"), ("Sohar", "Oman"), ("Cartagena", "Colombia"),
        ("Becancour", "Canada"), ("Tarragona", "Spain"), ("Porvoo", "Finland"), ("Jamnagar", "India"),
    ];

    private static readonly string[] Facilities =
    [
        "Refinery", "Chemical Plant", "Gas Processing Plant", "Upgrader", "Marine Terminal", "Compressor Station",
        "Power Station", "Polymer Plant", "LNG Plant", "Tank Farm", "Water Treatment Plant", "Ammonia Plant",
    ];

    private static readonly string[] Areas =
    [
        "Crude Distillation Unit", "Vacuum Unit", "Hydrocracker", "Fluid Catalytic Cracker", "Alkylation Unit", "Delayed Coker",
        "Sulfur Recovery Unit", "Hydrogen Plant", "Boiler House", "Cooling Towers", "Tank Farm", "Flare System",
        "Main Pipe Rack", "Utilities", "Electrical Substation", "Control Room", "Wastewater Treatment", "Truck Loading Rack",
        "Compressor House", "Pump House", "Reformer", "Isomerization Unit",
    ];

    private static readonly string[] Sections =
    [
        "Piping", "Structural Steel", "Electrical", "Instrumentation", "Pump Alley", "Heat Exchangers",
        "North Section", "South Section", "East Bay", "West Bay", "Mezzanine", "Ground Level",
    ];

    private static readonly (string Kind, string Prefix)[] Equipment =
    [
        ("Pump", "P"), ("Heat Exchanger", "E"), ("Compressor", "K"), ("Column", "T"), ("Pressure Vessel", "V"),
        ("Piping Line", "L"), ("Fired Heater", "H"), ("Storage Tank", "TK"), ("Control Valve", "FV"), ("Air Cooler", "AC"),
    ];

    private static readonly string[] Captures = ["Laser Scan", "Point Cloud", "360 Panorama", "Scan Station", "As-Built Scan"];

    public static readonly string[] Formats = ["e57", "rcp", "las", "pts", "e57", "e57"];

    public static readonly string[][] TagSets =
    [
        [], [], ["as-built"], ["brownfield"], ["turnaround-2024"], ["hse"], ["as-built", "piping"],
        ["critical"], ["structural", "as-built"], ["electrical"], ["inspection", "corrosion"], ["turnaround-2025", "critical"],
    ];

    public static string Organization(Random random) =>
        $"{Pick(random, OrganizationPrefixes)} {Pick(random, OrganizationSuffixes)}";

    public static string Division(int index) =>
        index < Divisions.Length ? Divisions[index] : $"{Divisions[index % Divisions.Length]} {(index / Divisions.Length) + 1}";

    public static (string Name, string Location) Site(Random random, int index)
    {
        var (city, country) = Places[index % Places.Length];
        var name = $"{city} {Pick(random, Facilities)}";
        // Past the list of places, number the repeats so sibling names stay distinct.
        return (index < Places.Length ? name : $"{name} {(index / Places.Length) + 1}", $"{city}, {country}");
    }

    public static string Area(Random random) =>
        $"{Pick(random, Areas)} U-{random.Next(100, 1000).ToString(CultureInfo.InvariantCulture)}";

    public static string Section(Random random) =>
        random.Next(3) == 0
            ? $"Level {random.Next(1, 6).ToString(CultureInfo.InvariantCulture)}"
            : Pick(random, Sections);

    public static string Asset(Random random)
    {
        var (kind, prefix) = Pick(random, Equipment);
        var number = random.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
        var suffix = random.Next(3) == 0 ? "B" : "A";
        return $"{Pick(random, Captures)} {kind} {prefix}-{number}{suffix}";
    }

    public static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
