package no.samspill.domain;

import java.time.LocalDate;

/** A candidate's route towards a trade certificate, made from a template. */
public record TrainingPath(Long id, long candidateId, TrainingTemplate template, String title, LocalDate start) {
}
