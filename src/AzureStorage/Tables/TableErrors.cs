using System.Net;
using Azure;

namespace Livepeer.AzureStorage.Tables;

/// <summary>Classifies Table service failures into "someone else changed it" versus infrastructure errors.</summary>
public static class TableErrors
{
    /// <summary>
    /// True for optimistic-concurrency losses: 409 (entity already exists), 412 (etag mismatch) and 404 (entity gone
    /// under a conditional replace/delete). These are expected outcomes under contention, not faults.
    /// </summary>
    public static bool IsContention(RequestFailedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return IsContentionStatus(exception.Status);
    }

    /// <summary>True for the HTTP statuses that <see cref="IsContention"/> accepts.</summary>
    public static bool IsContentionStatus(int status) =>
        status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound;

    /// <summary>True when the table itself does not exist (as opposed to a missing entity).</summary>
    public static bool IsTableNotFound(RequestFailedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Status == (int)HttpStatusCode.NotFound && exception.ErrorCode == "TableNotFound";
    }
}
