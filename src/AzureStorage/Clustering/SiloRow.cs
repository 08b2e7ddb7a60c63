using System.Globalization;
using System.Net;
using Azure.Data.Tables;
using Livepeer.AzureStorage.Tables;
using Orleans;
using Orleans.Runtime;

namespace Livepeer.AzureStorage.Clustering;

/// <summary>
/// Table layout of the membership partition: one row per silo (RowKey <c>"{ip}-{port}-{generation}"</c>) plus the
/// version row. Dates are stored as round-trip ISO-8601 strings because Edm.DateTime cannot hold
/// <see cref="DateTime.MinValue"/>, which unset membership times use.
/// </summary>
public static class SiloRow
{
    /// <summary>RowKey of the table-version row; cannot collide with a silo key, which starts with a digit, hex letter or ':'.</summary>
    public const string VersionRowKey = "VersionRow";

    /// <summary>Version number column of the version row.</summary>
    public const string VersionColumn = "MembershipVersion";

    /// <summary>Columns the gateway query reads and filters on.</summary>
    public const string AddressColumn = "Address", PortColumn = "Port", GenerationColumn = "Generation",
        StatusColumn = "Status", ProxyPortColumn = "ProxyPort", IAmAliveColumn = "IAmAliveTime";

    private const string HostNameColumn = "HostName", SiloNameColumn = "SiloName", RoleNameColumn = "RoleName",
        UpdateZoneColumn = "UpdateZone", FaultZoneColumn = "FaultZone", StartTimeColumn = "StartTime",
        SuspectingSilosColumn = "SuspectingSilos", SuspectingTimesColumn = "SuspectingTimes";

    private const char ListSeparator = '|';

    /// <summary>PartitionKey of a cluster's rows.</summary>
    public static string PartitionKeyFor(string clusterId) => TableKeys.Encode(clusterId);

    /// <summary>RowKey of a silo's row.</summary>
    public static string RowKeyFor(SiloAddress silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        return TableKeys.Encode(string.Create(CultureInfo.InvariantCulture, $"{silo.Endpoint.Address}-{silo.Endpoint.Port}-{silo.Generation}"));
    }

    /// <summary>The version row carrying <paramref name="version"/>.</summary>
    public static TableEntity VersionEntity(string partitionKey, int version) =>
        new(partitionKey, VersionRowKey) { [VersionColumn] = version };

    /// <summary>A full silo row for <paramref name="entry"/>.</summary>
    public static TableEntity ToEntity(string partitionKey, MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var silo = entry.SiloAddress ?? throw new ArgumentException("A membership entry needs a SiloAddress.", nameof(entry));
        var entity = new TableEntity(partitionKey, RowKeyFor(silo))
        {
            [AddressColumn] = silo.Endpoint.Address.ToString(),
            [PortColumn] = silo.Endpoint.Port,
            [GenerationColumn] = silo.Generation,
            [StatusColumn] = entry.Status.ToString(),
            [ProxyPortColumn] = entry.ProxyPort,
            [UpdateZoneColumn] = entry.UpdateZone,
            [FaultZoneColumn] = entry.FaultZone,
            [StartTimeColumn] = FormatDate(entry.StartTime),
            [IAmAliveColumn] = FormatDate(entry.IAmAliveTime),
        };
        SetIfNotNull(entity, HostNameColumn, entry.HostName);
        SetIfNotNull(entity, SiloNameColumn, entry.SiloName);
        SetIfNotNull(entity, RoleNameColumn, entry.RoleName);
        if (entry.SuspectTimes is { } suspects)
        {
            // Null and empty suspect lists are kept apart: they differ in MembershipEntry.ToFullString().
            entity[SuspectingSilosColumn] = string.Join(ListSeparator, suspects.Select(s => s.Item1.ToParsableString()));
            entity[SuspectingTimesColumn] = string.Join(ListSeparator, suspects.Select(s => FormatDate(s.Item2)));
        }
        return entity;
    }

    /// <summary>The partial entity that <c>UpdateIAmAlive</c> merges into a silo row.</summary>
    public static TableEntity IAmAliveEntity(string partitionKey, MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new TableEntity(partitionKey, RowKeyFor(entry.SiloAddress)) { [IAmAliveColumn] = FormatDate(entry.IAmAliveTime) };
    }

    /// <summary>Reads a silo row back; throws <see cref="FormatException"/> naming the bad column.</summary>
    public static MembershipEntry FromEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var address = IPAddress.Parse(Required(entity.GetString(AddressColumn), entity, AddressColumn));
        var entry = new MembershipEntry
        {
            SiloAddress = SiloAddress.New(address, Required(entity.GetInt32(PortColumn), entity, PortColumn), Required(entity.GetInt32(GenerationColumn), entity, GenerationColumn)),
            Status = Enum.Parse<SiloStatus>(Required(entity.GetString(StatusColumn), entity, StatusColumn)),
            ProxyPort = entity.GetInt32(ProxyPortColumn) ?? 0,
            HostName = entity.GetString(HostNameColumn),
            SiloName = entity.GetString(SiloNameColumn),
            RoleName = entity.GetString(RoleNameColumn),
            UpdateZone = entity.GetInt32(UpdateZoneColumn) ?? 0,
            FaultZone = entity.GetInt32(FaultZoneColumn) ?? 0,
            StartTime = ParseDate(Required(entity.GetString(StartTimeColumn), entity, StartTimeColumn)),
            IAmAliveTime = ParseDate(Required(entity.GetString(IAmAliveColumn), entity, IAmAliveColumn)),
        };
        if (entity.GetString(SuspectingSilosColumn) is { } silos)
        {
            entry.SuspectTimes = ParseSuspects(silos, entity.GetString(SuspectingTimesColumn) ?? string.Empty, entity);
        }
        return entry;
    }

    /// <summary>Round-trip UTC form; unspecified kinds are taken as UTC, which is what Orleans writes.</summary>
    public static string FormatDate(DateTime value) =>
        (value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Parses <see cref="FormatDate"/> output back to a UTC <see cref="DateTime"/>.</summary>
    public static DateTime ParseDate(string value) =>
        DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static List<Tuple<SiloAddress, DateTime>> ParseSuspects(string silos, string times, TableEntity entity)
    {
        if (silos.Length == 0 && times.Length == 0)
        {
            return [];
        }
        var siloParts = silos.Split(ListSeparator);
        var timeParts = times.Split(ListSeparator);
        if (siloParts.Length != timeParts.Length)
        {
            throw new FormatException($"Membership row {entity.RowKey} lists {siloParts.Length} suspecting silos but {timeParts.Length} suspect times.");
        }
        return siloParts.Zip(timeParts, (s, t) => Tuple.Create(SiloAddress.FromParsableString(s), ParseDate(t))).ToList();
    }

    private static void SetIfNotNull(TableEntity entity, string column, string? value)
    {
        if (value is not null)
        {
            entity[column] = value;
        }
    }

    private static T Required<T>(T? value, TableEntity entity, string column) where T : class =>
        value ?? throw new FormatException($"Membership row {entity.RowKey} has no {column} column.");

    private static T Required<T>(T? value, TableEntity entity, string column) where T : struct =>
        value ?? throw new FormatException($"Membership row {entity.RowKey} has no {column} column.");
}
