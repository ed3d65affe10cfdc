package vn.tcc.command.internal.live;

import java.util.Optional;

/** Where each operator's wall is kept. */
public interface WallLayouts {
  Optional<WallLayout> find(String username);

  void save(String username, WallLayout wall);
}
