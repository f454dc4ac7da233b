using System.Buffers.Binary;
using System.Text;

namespace Dyad.Storage.Tests;

/// <summary>The binary COPY encoding, byte by byte (the PostgreSQL store tests load through it into a real server).</summary>
public sealed class PgCopyWriterTests
{
    [Fact]
    public void A_row_is_encoded_in_network_order_between_header_and_trailer()
    {
        using var stream = new MemoryStream();
        var w = new PgCopyWriter(stream, 6, "t");
        w.StartRow();
        w.Add("Tōkyō");
        w.Add((string?)null);
        w.Add((int?)-2);
        w.Add(new DateOnly(2000, 1, 3));
        w.Add(true);
        w.Add(new DateTime(2000, 1, 1, 0, 0, 1, DateTimeKind.Unspecified));
        w.EndRow();
        w.Complete();
        var bytes = stream.ToArray();

        Assert.Equal(Encoding.Latin1.GetBytes("PGCOPY\n\xff\r\n\0"), bytes[..11]);
        Assert.Equal(0, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(11)));
        Assert.Equal(0, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(15)));
        var at = 19;
        Assert.Equal(6, BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(at)));
        at += 2;
        var utf8 = Encoding.UTF8.GetBytes("Tōkyō");
        Assert.Equal(utf8.Length, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at)));
        Assert.Equal(utf8, bytes[(at + 4)..(at + 4 + utf8.Length)]);
        at += 4 + utf8.Length;
        Assert.Equal(-1, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at)));
        at += 4;
        Assert.Equal((4, -2), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at + 4))));
        at += 8;
        Assert.Equal((4, 2), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at + 4))));
        at += 8;
        Assert.Equal((1, (byte)1), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at)), bytes[at + 4]));
        at += 5;
        Assert.Equal((8, 1_000_000L), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at)), BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(at + 4))));
        at += 12;
        Assert.Equal(-1, BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(at)));
        Assert.Equal(at + 2, bytes.Length);
    }

    [Fact]
    public void A_text_longer_than_the_buffer_keeps_its_length_and_bytes()
    {
        using var stream = new MemoryStream();
        var text = string.Concat(Enumerable.Repeat("Séoul ", 40_000));
        var w = new PgCopyWriter(stream, 1, "t");
        w.StartRow();
        w.Add(text);
        w.EndRow();
        w.Complete();
        var bytes = stream.ToArray();

        int length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(21));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), length);
        Assert.Equal(text, Encoding.UTF8.GetString(bytes, 25, length));
        Assert.Equal(25 + length + 2, bytes.Length);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_is_refused_and_the_copy_cancelled()
    {
        bool cancelled = false;
        var stream = new MemoryStream();
        var w = new PgCopyWriter(stream, 2, "mentions", () => cancelled = true);
        w.StartRow();
        w.Add("only one");

        var ex = Assert.Throws<InvalidOperationException>(w.EndRow);
        w.Dispose();

        Assert.Contains("mentions", ex.Message, StringComparison.Ordinal);
        Assert.True(cancelled);
        Assert.False(stream.CanWrite);
    }
}
