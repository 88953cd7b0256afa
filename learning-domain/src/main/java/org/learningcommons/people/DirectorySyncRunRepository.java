package org.learningcommons.people;

import java.util.List;

/** History of directory sync runs. */
public interface DirectorySyncRunRepository {

  void add(DirectorySyncRun run);

  List<DirectorySyncRun> recent(int limit);
}
