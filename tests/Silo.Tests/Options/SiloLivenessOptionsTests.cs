using Livepeer.Silo.Options;
using Orleans.Configuration;

namespace Livepeer.Silo.Tests.Options;

public sealed class SiloLivenessOptionsTests
{
    [Fact]
    public void Unset_settings_are_valid_and_keep_the_orleans_defaults()
    {
        var options = new SiloLivenessOptions();
        var membership = new ClusterMembershipOptions();
        var defaults = new ClusterMembershipOptions();

        options.ApplyTo(membership);

        Assert.True(new SiloLivenessOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(defaults.ProbeTimeout, membership.ProbeTimeout);
        Assert.Equal(defaults.NumMissedProbesLimit, membership.NumMissedProbesLimit);
        Assert.Equal(defaults.TableRefreshTimeout, membership.TableRefreshTimeout);
        Assert.Equal(defaults.IAmAliveTablePublishTimeout, membership.IAmAliveTablePublishTimeout);
    }

    [Fact]
    public void Set_settings_reach_the_orleans_membership_options()
    {
        var options = new SiloLivenessOptions
        {
            ProbeTimeout = TimeSpan.FromSeconds(1),
            MissedProbesLimit = 2,
            TableRefreshTimeout = TimeSpan.FromSeconds(2),
            IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5),
        };
        var membership = new ClusterMembershipOptions();

        options.ApplyTo(membership);

        Assert.Equal(TimeSpan.FromSeconds(1), membership.ProbeTimeout);
        Assert.Equal(2, membership.NumMissedProbesLimit);
        Assert.Equal(TimeSpan.FromSeconds(2), membership.TableRefreshTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), membership.IAmAliveTablePublishTimeout);
    }

    [Fact]
    public void Out_of_range_settings_are_refused_with_the_reason()
    {
        var result = new SiloLivenessOptionsValidator().Validate(null, new SiloLivenessOptions
        {
            ProbeTimeout = TimeSpan.FromMilliseconds(10),
            MissedProbesLimit = 0,
        });

        Assert.Equal(
            [
                "Silo:Liveness:ProbeTimeout must be between 200 ms and 1 hour (was 00:00:00.0100000).",
                "Silo:Liveness:MissedProbesLimit must be between 1 and 100 (was 0).",
            ],
            result.Failures!);
    }
}
