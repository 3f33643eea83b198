package no.samspill.ui.shell;

import no.samspill.ui.common.View;

/** The screens in the navigation, in order; Ctrl+1 … Ctrl+9 open them. */
public enum Section {
    OVERVIEW("mdal-dashboard", View.OVERVIEW, "nav.overview", null),
    CANDIDATES("mdal-group", View.CANDIDATES, "nav.candidates", null),
    MENTORS("mdmz-supervisor_account", View.MENTORS, "nav.mentors", null),
    WORKPLACES("mdal-business", View.WORKPLACES, "nav.workplaces", null),
    REPRESENTATIVES("mdmz-record_voice_over", View.INVOLVEMENT, "nav.representatives", null),
    TRAINING("mdmz-school", View.TRAINING, "nav.training", null),
    EVALUATION("mdal-assessment", View.EVALUATION, "nav.evaluation", null),
    AUDIT("mdal-history", View.AUDIT, "nav.audit", null),
    SETTINGS("mdmz-settings", View.SETTINGS, "nav.settings", null);

    private final String icon;
    private final View view;
    private final String labelKey;
    private final String comingSoonKey;

    Section(String icon, View view, String labelKey, String comingSoonKey) {
        this.icon = icon;
        this.view = view;
        this.labelKey = labelKey;
        this.comingSoonKey = comingSoonKey;
    }

    public String icon() {
        return icon;
    }

    public View view() {
        return view;
    }

    public String labelKey() {
        return labelKey;
    }

    /** What a screen that is not built yet says about itself. */
    public String comingSoonKey() {
        return comingSoonKey;
    }
}
