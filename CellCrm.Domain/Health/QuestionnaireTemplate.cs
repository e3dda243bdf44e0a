using CellCrm.Domain.Common;

namespace CellCrm.Domain.Health;

/// <summary>A health questionnaire template (细胞健康客户信息登记表). Each medical expert may have their own
/// ("医学专家不同显示的调查也不同"); the one without an expert is the default. Templates are versioned: a change
/// publishes a new version and earlier versions stay as they were, because submitted questionnaires keep the
/// version they were answered on.</summary>
public class QuestionnaireTemplate : AggregateRoot
{
    public const int NameMaxLength = 50;

    private readonly List<QuestionnaireTemplateVersion> _versions = [];

    private QuestionnaireTemplate()
    {
        Name = "";
    }

    public QuestionnaireTemplate(string name, Guid? medicalExpertId, QuestionnaireDefinition definition, Guid publishedById, DateTimeOffset now)
    {
        Name = Guard.Required(name, "模板名称", NameMaxLength, nameof(Name));
        MedicalExpertId = medicalExpertId;
        IsActive = true;
        Publish(definition, publishedById, now);
    }

    public string Name { get; private set; }

    /// <summary>The expert whose demand lists use this template; null for the default template.</summary>
    public Guid? MedicalExpertId { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyCollection<QuestionnaireTemplateVersion> Versions => _versions.AsReadOnly();

    public QuestionnaireTemplateVersion CurrentVersion => _versions.MaxBy(v => v.Number)!;

    public void Rename(string name) => Name = Guard.Required(name, "模板名称", NameMaxLength, nameof(Name));

    /// <summary>Publishes a new version (the definition was already checked when it was built).</summary>
    public QuestionnaireTemplateVersion Publish(QuestionnaireDefinition definition, Guid publishedById, DateTimeOffset now)
    {
        var version = new QuestionnaireTemplateVersion(Id, _versions.Count + 1, QuestionnaireJson.Write(definition), publishedById, now);
        _versions.Add(version);
        return version;
    }

    public void Deactivate()
    {
        if (MedicalExpertId is null)
        {
            throw new DomainException("默认调查表不能停用");
        }

        IsActive = false;
    }

    public void Activate() => IsActive = true;
}
