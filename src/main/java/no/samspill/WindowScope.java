package no.samspill;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import no.samspill.data.Backups;
import no.samspill.data.ServerSnapshot;
import no.samspill.data.Repositories;
import no.samspill.domain.Municipality;
import no.samspill.ui.audit.AuditController;
import no.samspill.ui.audit.AuditViewModel;
import no.samspill.ui.candidates.AccessRequestViewModel;
import no.samspill.ui.candidates.CandidateDetailsController;
import no.samspill.ui.candidates.CandidateEmploymentController;
import no.samspill.ui.candidates.CandidateEmploymentViewModel;
import no.samspill.ui.candidates.CandidateIncomeController;
import no.samspill.ui.candidates.CandidateMeasuresController;
import no.samspill.ui.candidates.CandidateMeasuresViewModel;
import no.samspill.ui.candidates.CandidateFormViewModel;
import no.samspill.ui.candidates.CandidateListViewModel;
import no.samspill.ui.candidates.CandidateProgressController;
import no.samspill.ui.candidates.CandidateProgressViewModel;
import no.samspill.ui.candidates.CandidateTabs;
import no.samspill.ui.candidates.CandidateTrainingController;
import no.samspill.ui.candidates.CandidateTrainingViewModel;
import no.samspill.ui.candidates.CandidatesController;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Navigator;
import no.samspill.ui.common.ViewLoader;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.ui.evaluation.EvaluationController;
import no.samspill.ui.evaluation.EvaluationViewModel;
import no.samspill.ui.involvement.InvolvementController;
import no.samspill.ui.involvement.InvolvementViewModel;
import no.samspill.ui.mentors.MentorsController;
import no.samspill.ui.mentors.MentorsViewModel;
import no.samspill.ui.overview.OverviewController;
import no.samspill.ui.overview.OverviewViewModel;
import no.samspill.ui.reporting.ReportingController;
import no.samspill.ui.reporting.ReportingViewModel;
import no.samspill.ui.settings.BackupController;
import no.samspill.ui.settings.NationalIdSettingViewModel;
import no.samspill.ui.settings.CodeListController;
import no.samspill.ui.settings.SecretariatKeyController;
import no.samspill.ui.settings.SecretariatKeyViewModel;
import no.samspill.ui.evaluation.CompanionController;
import no.samspill.importing.CandidateImporter;
import no.samspill.ui.cooperation.CooperationController;
import no.samspill.ui.importing.ImportDialog;
import no.samspill.ui.importing.ImportViewModel;
import no.samspill.ui.needs.NeedsController;
import no.samspill.ui.needs.NeedsViewModel;
import no.samspill.ui.needs.PlacementController;
import no.samspill.ui.needs.PlacementViewModel;
import no.samspill.ui.cooperation.CooperationViewModel;
import no.samspill.ui.settings.CodeListViewModel;
import no.samspill.ui.settings.RetentionController;
import no.samspill.ui.settings.RetentionViewModel;
import no.samspill.ui.settings.ServerChoiceController;
import no.samspill.ui.settings.ServerChoiceViewModel;
import no.samspill.ui.settings.SettingsController;
import no.samspill.ui.shell.AppShell;
import no.samspill.ui.shell.MainWindowController;
import no.samspill.ui.start.FirstStartController;
import no.samspill.ui.start.FirstStartViewModel;
import no.samspill.ui.training.TrainingOverviewController;
import no.samspill.ui.training.TrainingOverviewViewModel;
import no.samspill.ui.workplaces.WorkplacesController;
import no.samspill.ui.workplaces.WorkplacesViewModel;

/**
 * Everything one window is built from: its ViewModels and controllers, wired to the open data.
 * A new scope for each window (the first start, then the main window), so nothing of one window
 * outlives it. The candidates screen's ViewModels are made together, since its tab controllers
 * are built by the same FXML load right after it.
 */
final class WindowScope {

    private final Repositories data;
    private final I18n i18n;
    private final AppShell shell;
    private final Municipality municipality;
    private final Path dataDirectory;
    private final AppContext.Source source;
    private final BackupController.Actions backups;
    private final Dialogs dialogs;
    private final ViewModelContext vm;
    private final ViewLoader loader;
    private MainWindowController main;
    private CandidateFormViewModel candidateForm;
    private EvaluationViewModel evaluation;
    private SecretariatKeyViewModel secretariatKey;
    private CandidateTabs candidateTabs;

    WindowScope(AppContext app, I18n i18n, AppShell shell, Municipality municipality) {
        this.data = app.data();
        this.i18n = i18n;
        this.shell = shell;
        this.municipality = municipality;
        this.dataDirectory = app.dataDirectory();
        this.source = app.source();
        this.backups = new BackupController.Actions(app::backupTo, app::backupSummary, Backups.folder(dataDirectory), app.onFile());
        this.dialogs = new Dialogs(i18n);
        this.vm = new ViewModelContext(app.tasks(), app.clock(),
                municipality == null ? ViewModelContext.NO_MUNICIPALITY : municipality.id(),
                e -> dialogs.error(null, "Background task", e));
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        controllers.put(FirstStartController.class, () -> new FirstStartController(
                new FirstStartViewModel(data.municipalities(), data.codeLists(), data.demo(), data.settings(), vm), i18n, shell));
        controllers.put(SettingsController.class, () -> new SettingsController(i18n, shell, shell.darkTheme(), dataDirectory,
                municipality == null ? null : new NationalIdSettingViewModel(data.municipalities(), data.lookups(), vm), dialogs));
        if (municipality != null) {
            mainWindow(controllers);
        }
        this.loader = new ViewLoader(i18n, controllers);
    }

    ViewLoader views() {
        return loader;
    }

    private void mainWindow(Map<Class<?>, Supplier<?>> controllers) {
        Navigator navigator = (id, tab) -> main.openCandidate(id, tab);
        controllers.put(MainWindowController.class, () -> main = new MainWindowController(loader, i18n, municipality, dataPlace(), vm.tasks()::screenLeft));
        controllers.put(CandidatesController.class, this::candidatesScreen);
        controllers.put(CandidateDetailsController.class, () -> new CandidateDetailsController(candidateForm, i18n));
        controllers.put(CandidateProgressController.class, () -> new CandidateProgressController(candidateTabs.progress(), i18n, dialogs));
        controllers.put(CandidateTrainingController.class, () -> new CandidateTrainingController(candidateTabs.training(), i18n, dialogs));
        controllers.put(CandidateEmploymentController.class, () -> new CandidateEmploymentController(candidateTabs.employment(), i18n, dialogs));
        controllers.put(CandidateMeasuresController.class, () -> new CandidateMeasuresController(candidateTabs.measures(), i18n, dialogs));
        controllers.put(CandidateIncomeController.class, () -> new CandidateIncomeController(candidateTabs.measures(), i18n, dialogs));
        controllers.put(OverviewController.class, () -> new OverviewController(new OverviewViewModel(data.candidates(), data.training(),
                data.employment(), data.mentors(), data.overview(), data.reporting(), data.cooperation(), vm), i18n, navigator));
        controllers.put(WorkplacesController.class, () -> new WorkplacesController(new WorkplacesViewModel(data.workplaces(), vm), i18n, dialogs));
        controllers.put(MentorsController.class, () -> new MentorsController(
                new MentorsViewModel(data.mentors(), data.lookups(), vm), i18n, dialogs, navigator));
        controllers.put(InvolvementController.class, () -> new InvolvementController(
                new InvolvementViewModel(data.representatives(), data.involvement(), data.lookups(), vm), i18n, dialogs));
        controllers.put(EvaluationController.class, () -> new EvaluationController(evaluation = new EvaluationViewModel(data.evaluation(),
                municipality, AppVersion.get(), i18n.language().locale().getLanguage(), vm), i18n, dialogs));
        controllers.put(CompanionController.class, () -> new CompanionController(evaluation, secretariatKey(), i18n, dialogs));
        controllers.put(NeedsController.class, () -> new NeedsController(new NeedsViewModel(data.needs(), data.lookups(), vm), i18n, dialogs));
        controllers.put(PlacementController.class, () -> new PlacementController(new PlacementViewModel(data.placement(), vm), i18n, dialogs));
        controllers.put(CooperationController.class, () -> new CooperationController(new CooperationViewModel(data.cooperation(), vm), i18n, dialogs));
        controllers.put(SecretariatKeyController.class, () -> new SecretariatKeyController(secretariatKey(), i18n, dialogs));
        controllers.put(ReportingController.class, () -> new ReportingController(
                new ReportingViewModel(data.evaluation(), data.reporting(), vm), i18n, dialogs));
        controllers.put(AuditController.class, () -> new AuditController(
                new AuditViewModel(data.auditEntries(), data.auditVerifier(), vm), i18n, Repositories.osUser()));
        controllers.put(CodeListController.class, () -> new CodeListController(new CodeListViewModel(data.codeLists(), vm), i18n));
        controllers.put(RetentionController.class, () -> new RetentionController(
                new RetentionViewModel(data.personalData(), data.settings(), vm), i18n, dialogs));
        controllers.put(ServerChoiceController.class, () -> new ServerChoiceController(new ServerChoiceViewModel(dataDirectory), i18n, dialogs));
        controllers.put(BackupController.class, () -> new BackupController(backups, vm.tasks(), i18n, dialogs, shell));
        controllers.put(TrainingOverviewController.class, () -> new TrainingOverviewController(
                new TrainingOverviewViewModel(data.training(), vm), i18n, navigator));
    }

    /** One per window, so a key set in Innstillinger is the one Evaluering uses. */
    private String dataPlace() {
        return switch (source) {
            case FILE -> i18n.format("status.dataLocation", dataDirectory.toString());
            case SERVER -> i18n.get("status.server");
            case SNAPSHOT -> i18n.format("status.snapshot", ServerSnapshot.madeAt(dataDirectory).map(t -> java.time.format.DateTimeFormatter
                    .ofPattern("d.M.yyyy HH:mm").format(t.atZone(java.time.ZoneId.systemDefault()))).orElse("?"));
        };
    }

    private SecretariatKeyViewModel secretariatKey() {
        if (secretariatKey == null) {
            secretariatKey = new SecretariatKeyViewModel(data.settings(), vm);
        }
        return secretariatKey;
    }

    private CandidatesController candidatesScreen() {
        candidateForm = new CandidateFormViewModel(data.candidates(), data.lookups(), vm);
        candidateTabs = new CandidateTabs(new CandidateProgressViewModel(data.candidates(), data.mentors(), vm),
                new CandidateTrainingViewModel(data.training(), data.employment(), vm),
                new CandidateEmploymentViewModel(data.employment(), data.candidates(), data.lookups(), vm),
                new CandidateMeasuresViewModel(data.measures(), data.candidates(), data.lookups(), vm));
        return new CandidatesController(new CandidateListViewModel(data.candidates(), vm), candidateForm, candidateTabs,
                new AccessRequestViewModel(data.personalData(), vm), i18n, dialogs, () -> new ImportDialog(new ImportViewModel(
                        new CandidateImporter(data.lookups(), data.candidateImport(), data.clock()), data.lookups(), vm), i18n), loader);
    }
}
