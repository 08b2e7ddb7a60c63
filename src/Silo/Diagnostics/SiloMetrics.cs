using System.Diagnostics.Metrics;
using Livepeer.Silo.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Diagnostics;

/// <summary>Instruments of the <c>Livepeer.Silo</c> meter.</summary>
public sealed class SiloMetrics
{
    public const string MeterName = "Livepeer.Silo";

    private int _active;

    public SiloMetrics(IMeterFactory meterFactory, IOptions<SiloOptions> options)
    {
        var meter = meterFactory.Create(MeterName);
        var gpu = options.Value.Gpu ? 1 : 0;
        meter.CreateObservableGauge("livepeer.silo.active", () => Volatile.Read(ref _active),
            description: "1 while this silo is started and serving, 0 while starting or stopping.");
        meter.CreateObservableGauge("livepeer.silo.gpu", () => gpu,
            description: "1 when this silo publishes gpu=true metadata and hosts GPU workers.");
    }

    public void SetActive(bool active) => Volatile.Write(ref _active, active ? 1 : 0);
}
