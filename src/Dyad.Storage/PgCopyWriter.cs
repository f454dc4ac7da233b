using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Dyad.Storage;

/// <summary>
/// Encodes rows in PostgreSQL's binary COPY format (a header, then per row a 16-bit field count and per field a
/// 32-bit length and the value's bytes in network order, then a -1 trailer) into a buffer that is flushed to the
/// COPY stream in large writes. Npgsql carries the protocol; this replaces its per-value writer, whose generic,
/// asynchronous path cost a worker more CPU than PostgreSQL spent storing the rows.
/// </summary>
public sealed class PgCopyWriter : IRowWriter
{
    private const int BufferSize = 1 << 16;

    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private static readonly int DateEpoch = new DateOnly(2000, 1, 1).DayNumber;

    private static readonly long TimestampEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).Ticks;

    // Strict UTF-8 would throw mid-batch on a lone surrogate; PostgreSQL stores U+FFFD in its place instead.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Stream _stream;
    private readonly Action? _cancel;
    private readonly short _fields;
    private readonly string _table;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;
    private int _added;
    private bool _completed;

    /// <param name="stream">The stream of a started <c>COPY … FROM STDIN (FORMAT BINARY)</c>.</param>
    /// <param name="fields">The number of columns the COPY names; every row must add exactly this many values.</param>
    /// <param name="table">The table's name, for errors.</param>
    /// <param name="cancel">Aborts the COPY; called on dispose when <see cref="Complete"/> was not reached.</param>
    /// <remarks>The writer owns <paramref name="stream"/>: disposing it ends (or, after a cancel, abandons) the COPY.</remarks>
    public PgCopyWriter(Stream stream, int fields, string table, Action? cancel = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fields);
        _stream = stream;
        _cancel = cancel;
        _fields = checked((short)fields);
        _table = table;
        Header.CopyTo(_buffer, 0);
        _length = Header.Length;
    }

    public void StartRow()
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), _fields);
        _length += 2;
        _added = 0;
    }

    public void Add(string? value)
    {
        if (value is null)
        {
            AddNull();
            return;
        }

        _added++;
        int max = Utf8.GetMaxByteCount(value.Length);
        if (max + 4 <= BufferSize)
        {
            Ensure(max + 4);
            int n = Utf8.GetBytes(value, _buffer.AsSpan(_length + 4));
            BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), n);
            _length += 4 + n;
            return;
        }

        // A long text (a whole article): counted first, then encoded into a buffer of its own size.
        int count = Utf8.GetByteCount(value);
        Ensure(4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), count);
        _length += 4;
        Flush();
        var bytes = ArrayPool<byte>.Shared.Rent(count);
        try
        {
            int n = Utf8.GetBytes(value, bytes);
            _stream.Write(bytes, 0, n);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public void Add(int? value)
    {
        if (value is { } v)
        {
            AddInt32(v);
        }
        else
        {
            AddNull();
        }
    }

    public void Add(double? value)
    {
        if (value is not { } v)
        {
            AddNull();
            return;
        }

        _added++;
        Ensure(12);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), 8);
        BinaryPrimitives.WriteDoubleBigEndian(_buffer.AsSpan(_length + 4), v);
        _length += 12;
    }

    public void Add(bool value)
    {
        _added++;
        Ensure(5);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), 1);
        _buffer[_length + 4] = value ? (byte)1 : (byte)0;
        _length += 5;
    }

    /// <summary>A <c>date</c>: days since 2000-01-01.</summary>
    public void Add(DateOnly? value)
    {
        if (value is { } v)
        {
            AddInt32(v.DayNumber - DateEpoch);
        }
        else
        {
            AddNull();
        }
    }

    /// <summary>A <c>timestamp</c> (without time zone): microseconds since 2000-01-01.</summary>
    public void Add(DateTime value)
    {
        _added++;
        Ensure(12);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), 8);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_length + 4), (value.Ticks - TimestampEpochTicks) / TimeSpan.TicksPerMicrosecond);
        _length += 12;
    }

    public void EndRow()
    {
        if (_added != _fields)
        {
            throw new InvalidOperationException($"COPY {_table}: a row has {_added} values, the table {_fields} columns");
        }
    }

    /// <summary>Writes the trailer and everything still buffered; the caller then ends the COPY by disposing its stream.</summary>
    public void Complete()
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), -1);
        _length += 2;
        Flush();
        _completed = true;
    }

    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        if (!_completed)
        {
            // A row failed half-way: the server must not take what was sent as a complete COPY.
            _cancel?.Invoke();
        }

        _stream.Dispose();
    }

    private void AddInt32(int value)
    {
        _added++;
        Ensure(8);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), 4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length + 4), value);
        _length += 8;
    }

    private void AddNull()
    {
        _added++;
        Ensure(4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), -1);
        _length += 4;
    }

    private void Ensure(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (_length > 0)
        {
            _stream.Write(_buffer, 0, _length);
            _length = 0;
        }
    }
}
