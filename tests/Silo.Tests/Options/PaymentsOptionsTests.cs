using System.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Silo.Options;

namespace Livepeer.Silo.Tests.Options;

public sealed class PaymentsOptionsTests
{
    [Fact]
    public void Empty_values_keep_go_livepeers_defaults()
    {
        var options = new PaymentsOptions();
        var payment = new PaymentOptions();

        Assert.True(new PaymentsOptionsValidator().Validate(null, options).Succeeded);
        PaymentsOptionsValidator.Apply(options, payment);

        Assert.False(options.SetsOrchestratorTickets);
        Assert.Equal(new PaymentOptions().TicketEV, payment.TicketEV);
        Assert.Equal(BigInteger.Zero, payment.MaxFaceValue);
        Assert.Equal(new PaymentOptions().MaxTicketEV, payment.MaxTicketEV);
        Assert.Equal(new PaymentOptions().MaxTotalEV, payment.MaxTotalEV);
    }

    [Fact]
    public void Configured_values_replace_the_defaults_exactly()
    {
        var options = new PaymentsOptions
        {
            TicketEV = "1000000000000000",
            MaxFaceValue = "1250000000000000",
            MaxTicketEV = "2000000000000000",
            MaxTotalEV = "100000000000000000000000000000",
        };
        var payment = new PaymentOptions();

        Assert.True(new PaymentsOptionsValidator().Validate(null, options).Succeeded);
        PaymentsOptionsValidator.Apply(options, payment);

        Assert.True(options.SetsOrchestratorTickets);
        Assert.Equal(BigInteger.Pow(10, 15), payment.TicketEV);
        Assert.Equal(BigInteger.Pow(10, 15) * 5 / 4, payment.MaxFaceValue);
        Assert.Equal(BigInteger.Pow(10, 15) * 2, payment.MaxTicketEV);
        Assert.Equal(BigInteger.Pow(10, 29), payment.MaxTotalEV);
    }

    public static TheoryData<PaymentsOptions, string> BadOptions => new()
    {
        { new PaymentsOptions { TicketEV = "0" }, "Payments:TicketEV must be positive wei (was \"0\"), or empty for the default." },
        { new PaymentsOptions { TicketEV = "-5" }, "Payments:TicketEV must be a whole number of wei in decimal digits such as 1000000000000 (was \"-5\")." },
        { new PaymentsOptions { MaxTicketEV = "1e15" }, "Payments:MaxTicketEV must be a whole number of wei in decimal digits such as 1000000000000 (was \"1e15\")." },
        { new PaymentsOptions { MaxTotalEV = " 100" }, "Payments:MaxTotalEV must be a whole number of wei in decimal digits such as 1000000000000 (was \" 100\")." },
        { new PaymentsOptions { TicketEV = "1000", MaxFaceValue = "1000" }, "Payments:MaxFaceValue (1000) must be above the ticket EV (1000), or 0 for no cap." },
        { new PaymentsOptions { MaxFaceValue = "8000000000" }, "Payments:MaxFaceValue (8000000000) must be above the ticket EV (8000000000), or 0 for no cap." },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_values_are_refused_with_the_reason(PaymentsOptions options, string expected)
    {
        var result = new PaymentsOptionsValidator().Validate(null, options);

        Assert.Equal(expected, Assert.Single(result.Failures!));
    }

    [Fact]
    public void A_max_face_value_of_zero_means_no_cap()
    {
        Assert.True(new PaymentsOptionsValidator().Validate(null, new PaymentsOptions { TicketEV = "1000", MaxFaceValue = "0" }).Succeeded);
    }
}
