package no.samspill.ui.shell;

import no.samspill.ui.common.View;

/** The screens in the navigation, in order; Ctrl+1 … Ctrl+9 and Ctrl+0 open them. */
public enum Section {
    OVERVIEW("mdal-dashboard", View.OVERVIEW, "nav.overview"),
    CANDIDATES("mdal-group", View.CANDIDATES, "nav.candidates"),
    MENTORS("mdmz-supervisor_account", View.MENTORS, "nav.mentors"),
    WORKPLACES("mdal-business", View.WORKPLACES, "nav.workplaces"),
    REPRESENTATIVES("mdmz-record_voice_over", View.INVOLVEMENT, "nav.representatives"),
    TRAINING("mdmz-school", View.TRAINING, "nav.training"),
    EVALUATION("mdal-assessment", View.EVALUATION, "nav.evaluation"),
    REPORTING("mdal-assignment", View.REPORTING, "nav.reporting"),
    AUDIT("mdal-history", View.AUDIT, "nav.audit"),
    SETTINGS("mdmz-settings", View.SETTINGS, "nav.settings");

    private final String icon;
    private final View view;
    private final String labelKey;

    Section(String icon, View view, String labelKey) {
        this.icon = icon;
        this.view = view;
        this.labelKey = labelKey;
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
}
