package dev.yakusoku.problems;

import java.util.List;

/** Input that breaks the contract; every bad field is named. Answered 400. */
public class InvalidInputException extends RuntimeException {
  private final List<FieldProblem> problems;

  public InvalidInputException(String message, List<FieldProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
