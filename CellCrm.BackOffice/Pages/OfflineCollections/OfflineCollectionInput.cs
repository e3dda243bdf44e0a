using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;

namespace CellCrm.BackOffice.Pages.OfflineCollections;

/// <summary>新建线下收款 as staff fill it in: 基本信息 and 线下回款明细 (one amount per contract product, blank for
/// products not paid this time). <see cref="RequestKey"/> is issued with the form so that submitting it twice saves once.</summary>
public sealed class OfflineCollectionInput
{
    [Required(ErrorMessage = "请选择回款方式")]
    public OfflineMethod? Method { get; set; }

    [StringLength(OfflineCollection.OtherMethodMaxLength, ErrorMessage = "其他回款方式不能超过{1}个字符")]
    public string? OtherMethod { get; set; }

    public Guid? PrepaymentOrderId { get; set; }

    [Required(ErrorMessage = "请填写实际回款日期")]
    public DateOnly? ReceivedOn { get; set; }

    [Required(ErrorMessage = "请填写付款人")]
    [StringLength(OfflineCollection.PayerMaxLength, ErrorMessage = "付款人不能超过{1}个字符")]
    public string? Payer { get; set; }

    [StringLength(OfflineCollection.RemarksMaxLength, ErrorMessage = "备注不能超过{1}个字符")]
    public string? Remarks { get; set; }

    public List<LineInput> Lines { get; set; } = [];

    public Guid? RequestKey { get; set; }

    public sealed class LineInput
    {
        public Guid ContractLineId { get; set; }

        public string? Amount { get; set; }
    }

    /// <summary>The details for the domain, or null after adding a field error for an amount that is not one.</summary>
    public OfflineCollectionDetails? ToDetails(Action<string, string> addError)
    {
        var lines = new List<CollectionLineDraft>();
        var ok = true;
        for (var i = 0; i < Lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Lines[i].Amount))
            {
                continue;
            }

            if (Money.ParseYuan(Lines[i].Amount) is { } fen)
            {
                lines.Add(new CollectionLineDraft(Lines[i].ContractLineId, fen));
            }
            else
            {
                addError($"Input.Lines[{i}].Amount", "请填写正确的金额（最多两位小数）");
                ok = false;
            }
        }

        return ok ? new OfflineCollectionDetails(Method!.Value, OtherMethod, PrepaymentOrderId, ReceivedOn!.Value, Payer!, Remarks, lines) : null;
    }

    /// <summary>The form field a domain rule names (the domain numbers lines among the filled ones).</summary>
    public string FieldFor(string? domainField)
    {
        if (domainField is null)
        {
            return "";
        }

        if (domainField.StartsWith("Lines[", StringComparison.Ordinal) && int.TryParse(domainField[6..domainField.IndexOf(']')], out var filled))
        {
            var index = Lines.Select((l, i) => (l, i)).Where(x => !string.IsNullOrWhiteSpace(x.l.Amount)).Select(x => x.i).ElementAtOrDefault(filled);
            return $"Input.Lines[{index}].Amount";
        }

        return domainField == "Lines" ? "" : "Input." + domainField;
    }
}
