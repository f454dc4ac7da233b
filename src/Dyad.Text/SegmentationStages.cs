using Dyad.Core;

namespace Dyad.Text;

/// <summary>Stage <c>dyad.tokens.v1</c>: fills <see cref="Document.Tokens"/>.</summary>
public sealed class TokenizerStage : IStage
{
    public StageInfo Info { get; } = new("dyad.tokens.v1", Annotations.None, Annotations.Tokens);

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Tokens.Clear();
        document.Tokens.EnsureCapacity(document.Text.Length / 5 + 8);
        Tokenizer.Tokenize(document.Text, document.Tokens);
    }
}

/// <summary>Stage <c>dyad.sentences.v1</c>: fills <see cref="Document.Sentences"/> from the tokens.</summary>
public sealed class SentenceStage : IStage
{
    public StageInfo Info { get; } = new("dyad.sentences.v1", Annotations.Tokens, Annotations.Sentences);

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Sentences.Clear();
        SentenceSplitter.Split(document.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens), document.Sentences);
    }
}
