using Livepeer.Protocol.Payments;
using Livepeer.Silo.Options;

namespace Livepeer.Silo.Hosting;

public static class PaymentsExtensions
{
    /// <summary>The ticket numbers of section <c>Payments</c> over go-livepeer's defaults (<see cref="PaymentOptions"/>).</summary>
    public static ISiloBuilder AddLivepeerPayments(this ISiloBuilder silo, IConfiguration configuration)
    {
        // Validated now so that a bad number stops the silo before it joins the cluster.
        var payments = configuration.GetValidated(PaymentsOptions.SectionName, new PaymentsOptionsValidator());
        silo.Services.Configure<PaymentOptions>(o => PaymentsOptionsValidator.Apply(payments, o));
        return silo;
    }
}
