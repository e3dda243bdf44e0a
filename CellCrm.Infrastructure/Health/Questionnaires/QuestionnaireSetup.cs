using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Health.Questionnaires;

public static class QuestionnaireSetup
{
    public static IServiceCollection AddQuestionnaires(this IServiceCollection services) =>
        services.AddScoped<QuestionnaireService>();
}
