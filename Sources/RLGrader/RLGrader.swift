import RLHomework
