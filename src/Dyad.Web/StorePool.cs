using Dyad.Storage;

namespace Dyad.Web;

/// <summary>
/// Store connections for a server: a store object holds one connection and is not thread-safe, so readers rent one of
/// several connections to the same database and writers take turns on their own.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly IDocumentStore[] _readers;
    private readonly SemaphoreSlim _available;
    private readonly System.Collections.Concurrent.ConcurrentBag<IDocumentStore> _free;
    private readonly IDocumentStore _writer;
    private readonly SemaphoreSlim _writeTurn = new(1, 1);

    public StorePool(string db, int readers)
    {
        _writer = DocumentStore.Open(db);
        _readers = [.. Enumerable.Range(0, Math.Max(1, readers)).Select(_ => DocumentStore.Open(db))];
        _free = [.. _readers];
        _available = new SemaphoreSlim(_readers.Length, _readers.Length);
        Describe = _writer.Describe;
    }

    public string Describe { get; }

    public async Task<T> ReadAsync<T>(Func<IDocumentStore, T> query, CancellationToken cancellationToken)
    {
        await _available.WaitAsync(cancellationToken);
        if (!_free.TryTake(out var store))
        {
            _available.Release();
            throw new InvalidOperationException("store pool is empty although a slot was free");
        }

        try
        {
            return query(store);
        }
        finally
        {
            _free.Add(store);
            _available.Release();
        }
    }

    /// <summary>A read through the store's keyset pages (every SQL store has them).</summary>
    public Task<T> PagesAsync<T>(Func<IStorePages, T> query, CancellationToken cancellationToken) =>
        ReadAsync(store => store is IStorePages pages ? query(pages) : throw new NotSupportedException($"{store.Describe} has no keyset pages"), cancellationToken);

    public async Task<T> WriteAsync<T>(Func<IDocumentStore, T> write, CancellationToken cancellationToken)
    {
        await _writeTurn.WaitAsync(cancellationToken);
        try
        {
            return write(_writer);
        }
        finally
        {
            _writeTurn.Release();
        }
    }

    public void Dispose()
    {
        foreach (var store in _readers)
        {
            store.Dispose();
        }

        _writer.Dispose();
        _available.Dispose();
        _writeTurn.Dispose();
    }
}
