using Livepeer.Hosting.Storage;

namespace Livepeer.Gateway.Api.Options;

/// <summary>The Azure Storage account the silos use (section <c>Storage</c>): membership for gateway discovery, blobs for media.</summary>
public sealed class StorageOptions : StorageAccountOptions;
