namespace CellCrm.Domain.Signing.Templates;

/// <summary>What 告知函 prints: the subject and the text the customer acknowledges.</summary>
public sealed record NoticeLetterData(string LetterNumber, string ContractNumber, string CustomerName, string Subject, string Body);
