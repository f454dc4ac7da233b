namespace Dyad.Storage;

/// <summary>
/// A bulk loader for one table (DuckDB's appender, PostgreSQL's binary COPY): values are added in column order, one
/// row at a time, without boxing. Nothing is visible before <see cref="Complete"/> and the enclosing commit.
/// </summary>
public interface IRowWriter : IDisposable
{
    void StartRow();

    void Add(string? value);

    void Add(int? value);

    void Add(double? value);

    void Add(bool value);

    void Add(DateOnly? value);

    void Add(DateTime value);

    void EndRow();

    void Complete();
}
