namespace CellCrm.Domain.Customers;

/// <summary>The editable facts of a customer, as entered on the form (§4.1).</summary>
public sealed record CustomerProfile
{
    public required string Name { get; init; }

    public required string Mobile { get; init; }

    public Gender Gender { get; init; }

    public DateOnly? Birthday { get; init; }

    public IdDocumentType? IdType { get; init; }

    public string? IdNumber { get; init; }

    public string? WeChatId { get; init; }

    public string? Occupation { get; init; }

    public string? Address { get; init; }

    public SourceChannel SourceChannel { get; init; }

    public string? SourceType { get; init; }

    public string? Inviter { get; init; }

    public string? IntendedProduct { get; init; }

    public SigningIntention SigningIntention { get; init; }

    public string? Remarks { get; init; }
}
