namespace CellCrm.Domain.Documents;

/// <summary>One block of a <see cref="DocumentModel"/>.</summary>
public abstract record DocumentBlock;

public sealed record HeadingBlock(string Text) : DocumentBlock;

/// <summary>Running text; Chinese is broken between characters, never before closing punctuation.</summary>
public sealed record ParagraphBlock(string Text) : DocumentBlock;

/// <summary>A two-column table of labels and values (客户信息, 产品明细, 问卷答案).</summary>
public sealed record KeyValueTableBlock(IReadOnlyList<KeyValuePair<string, string>> Rows) : DocumentBlock
{
    public string? Caption { get; init; }
}

/// <summary>A place to sign, named so a signature (<see cref="SignatureStamp"/>) or the seal is put exactly there.</summary>
public sealed record SignatureFieldBlock(string Name, string Label) : DocumentBlock;
