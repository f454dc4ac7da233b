using Dyad.Ingest;

namespace Dyad.Queue.Tests;

public sealed class DocumentMessageTests
{
    [Fact]
    public void A_document_survives_the_wire_with_every_field()
    {
        var source = new SourceDocument("doc-1", "Russia \u201cwarned\u201d Ukraine.\n\nSecond paragraph.", new DateOnly(2020, 2, 3), "Title", "https://example.org/1", "in.jsonl:4");

        var decoded = DocumentMessage.Decode(DocumentMessage.Encode(source));

        Assert.Equal(source, decoded);
    }

    [Fact]
    public void The_message_id_is_the_store_key()
    {
        var source = new SourceDocument("a", "Same text.", new DateOnly(2020, 1, 1), null, null, "a");

        Assert.Equal(Dyad.Storage.ContentHash.Of("Same text.", new DateOnly(2020, 1, 1)), DocumentMessage.HashOf(source));
    }

    [Theory]
    [InlineData("")] // an empty body (a reference whose object is gone reads as this)
    [InlineData("not json at all")] // garbage published to the subject by another program
    [InlineData("{\"id\":\"x\"}")] // JSON without the text
    [InlineData("[1,2,3]")] // JSON of another shape
    public void Bytes_that_are_not_a_document_are_a_format_error(string body)
    {
        Assert.Throws<FormatException>(() => DocumentMessage.Decode(System.Text.Encoding.UTF8.GetBytes(body)));
    }

    [Theory]
    [InlineData("host-42", "host-42")] // already a valid key
    [InlineData("worker.example.org-7", "worker_example_org-7")] // dots would be key separators
    [InlineData("w 1/2", "w_1_2")] // spaces and slashes are not allowed in keys
    [InlineData("", "worker")] // a key cannot be empty
    public void Worker_names_become_valid_bucket_keys(string name, string key)
    {
        Assert.Equal(key, Worker.KeyOf(name));
    }
}
