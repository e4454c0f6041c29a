using Integra.Applications;

namespace Integra.Tests.Unit.Applications;

public sealed class ApplicationWorkflowTests
{
    [Fact]
    public void An_application_goes_from_draft_to_handed_over_along_the_review_path()
    {
        var status = ApplicationStatus.Draft;
        foreach (var trigger in new[] { ApplicationTrigger.Submit, ApplicationTrigger.PassScreening, ApplicationTrigger.StartReview, ApplicationTrigger.CompleteScoring, ApplicationTrigger.Select, ApplicationTrigger.HandOver })
        {
            status = ApplicationWorkflow.Machine.Next(status, trigger) ?? throw new InvalidOperationException($"{trigger} refused from {status}");
        }

        Assert.Equal(ApplicationStatus.HandedOver, status);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft, ApplicationTrigger.Select)]
    [InlineData(ApplicationStatus.Submitted, ApplicationTrigger.Appeal)]
    [InlineData(ApplicationStatus.Withdrawn, ApplicationTrigger.Submit)]
    [InlineData(ApplicationStatus.Selected, ApplicationTrigger.Appeal)]
    [InlineData(ApplicationStatus.AppealDismissed, ApplicationTrigger.Appeal)]
    public void Illegal_moves_are_refused(ApplicationStatus from, ApplicationTrigger trigger) =>
        Assert.Null(ApplicationWorkflow.Machine.Next(from, trigger));

    [Fact]
    public void An_applicant_may_resubmit_while_submitted_and_appeal_a_rejection_once()
    {
        Assert.Equal(ApplicationStatus.Submitted, ApplicationWorkflow.Machine.Next(ApplicationStatus.Submitted, ApplicationTrigger.Submit));
        Assert.Equal(ApplicationStatus.Appealed, ApplicationWorkflow.Machine.Next(ApplicationStatus.Rejected, ApplicationTrigger.Appeal));
        Assert.Equal([ApplicationTrigger.UpholdAppeal, ApplicationTrigger.DismissAppeal], ApplicationWorkflow.Machine.PermittedFrom(ApplicationStatus.Appealed));
    }

    [Fact]
    public void Every_move_says_who_may_make_it() =>
        Assert.All(Enum.GetValues<ApplicationTrigger>(), t => Assert.True(ApplicationWorkflow.Rules.ContainsKey(t), $"{t} has no rule"));
}
