using Integra.Contents.Models;

namespace Integra.StartUps.ViewModels;

public sealed record SuccessStoryViewModel(ContentItem Story, string Details);
